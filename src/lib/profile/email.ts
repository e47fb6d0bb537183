/**
 * Writes an address the way the author's old page did, `name [AT] host [DOT] tld`,
 * so that people can read it and address harvesters do not match it.
 */
export function obfuscateEmail(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local} [AT] ${domain.split('.').join(' [DOT] ')}`;
}
