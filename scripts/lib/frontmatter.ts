import { parseFrontmatter } from 'astro/markdown';

/** What front matter may hold here: text, numbers, booleans, lists and nested objects. */
export type YamlValue =
  | string
  | number
  | boolean
  | undefined
  | readonly YamlValue[]
  | { readonly [key: string]: YamlValue };

/** YAML would read these plain words as something other than text. */
const NOT_TEXT = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/**
 * True when a string can be written without quotes and still read back as the same string:
 * no leading indicator (`-`, `:`, `[`, `'`, `"`, `#`, …), nothing a number or a date could
 * start with, no `: ` or ` #` inside, no control characters.
 */
export function isPlainSafe(text: string): boolean {
  return (
    text.length > 0 &&
    text === text.trim() &&
    !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text) &&
    !/^[-?:,[\]{}#&*!|>'"%@`~\d.+=<]/.test(text) &&
    !/:\s|:$|\s#/.test(text) &&
    !NOT_TEXT.test(text)
  );
}

/** One scalar: plain when safe, else double-quoted (JSON's escapes are YAML's too). */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

const isObject = (value: YamlValue): value is { readonly [key: string]: YamlValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function lines(value: { readonly [key: string]: YamlValue }, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return Object.entries(value).flatMap(([key, item]): string[] => {
    if (item === undefined) return [];
    if (Array.isArray(item)) {
      if (item.length === 0) return [`${pad}${key}: []`];
      return [
        `${pad}${key}:`,
        ...item.flatMap((element: YamlValue) => {
          if (element === undefined) return [];
          if (isObject(element)) {
            const [first = '', ...rest] = lines(element, indent + 4);
            return [`${pad}  - ${first.trimStart()}`, ...rest];
          }
          if (Array.isArray(element)) throw new Error('nested lists are not supported');
          return [`${pad}  - ${yamlScalar(element as string | number | boolean)}`];
        }),
      ];
    }
    if (isObject(item)) {
      const inner = lines(item, indent + 2);
      return inner.length === 0 ? [`${pad}${key}: {}`] : [`${pad}${key}:`, ...inner];
    }
    if (typeof item === 'string' && isBlockSafe(item))
      return [
        `${pad}${key}: |-`,
        ...item.split('\n').map((line) => (line ? `${pad}  ${line}` : '')),
      ];
    return [`${pad}${key}: ${yamlScalar(item as string | number | boolean)}`];
  });
}

/**
 * True when text of several lines (an abstract's paragraphs) can be written as a literal block
 * (`|-`) and read back the same: no control characters, and no line that starts or ends with
 * white space (YAML would take leading spaces as indentation and may drop trailing ones).
 */
function isBlockSafe(text: string): boolean {
  return (
    text.includes('\n') &&
    !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text) &&
    text.split('\n').every((line) => line === line.trim()) &&
    text === text.trim()
  );
}

/** Front matter in the style of the site's own files: block style, two-space indents, quotes only where needed. */
export function toYaml(value: { readonly [key: string]: YamlValue }): string {
  return `${lines(value, 0).join('\n')}\n`;
}

/** A whole entry file: front matter, then the body (if any) after a blank line. */
export function entryFile(frontmatter: { readonly [key: string]: YamlValue }, body = ''): string {
  return `---\n${toYaml(frontmatter)}---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
}

/** Reads an entry the way Astro does (its own front-matter parser): the data, and the body after the front matter. */
export function readEntry(source: string): {
  data: Record<string, unknown>;
  body: string;
  hasFrontmatter: boolean;
} {
  const parsed = parseFrontmatter(source);
  return {
    data: parsed.frontmatter as Record<string, unknown>,
    body: parsed.content,
    hasFrontmatter: parsed.rawFrontmatter !== '',
  };
}
