import { XMLParser, XMLValidator } from 'fast-xml-parser';

/*
 * A published file a browser opens as a document of its own (an SVG picture opened in a tab, an
 * XML file) runs script as a page does, and GitHub Pages serves it with no policy. SVG and XML are
 * read the way a browser's XML parser reads them: bytes decoded by their BOM or declaration,
 * namespace prefixes ignored (`<s:script>` is a script), character references decoded before a
 * link is judged (`javascript&#58;`). Whatever a lenient parser and a browser might read apart
 * (entity declarations, a file that is not well-formed, an encoding other than UTF-8 or UTF-16) is
 * refused rather than guessed at.
 */

/** Something in a published file that could run, or load from elsewhere, when the file is opened. */
export interface ActiveContent {
  what: string;
  excerpt: string;
}

/** How a published file is checked, from its name: a page (the HTML check), XML, or refused outright. */
export function kindOfPublishedFile(name: string): 'page' | 'xml' | 'refused' | undefined {
  if (/\.(?:html?|shtml)$/i.test(name)) return 'page';
  if (/\.(?:svg|xml)$/i.test(name)) return 'xml';
  // XHTML and XSLT are whole programs for a browser's XML engine, and SVGZ is not readable without
  // unpacking: none is a file an academic site needs to publish as such.
  if (/\.(?:xhtml|xht|xsl|xslt|svgz|mht|mhtml)$/i.test(name)) return 'refused';
  return undefined;
}

const SCRIPT_ELEMENTS = new Set(['script', 'handler', 'listener']);
const EMBEDDING = new Set(['foreignobject', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe']);
const ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor', 'discard']);
const LINK_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'values', 'to', 'from', 'by', 'style']);
const CODE_SCHEME = /^(javascript|vbscript|data):/i;
/** An absolute URL: it loads from another site. */
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const excerptOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);
const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name).toLowerCase();
const compact = (value: string) => value.replace(/[\u0000-\u0020]/g, '');

/** Character and predefined references decoded, as the XML parser does before anything sees the value. */
export function decodeXmlReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return PREDEFINED[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The text of an XML file as a browser decodes it, or why it cannot be read the same way. */
export function decodeXml(bytes: Uint8Array): { text: string } | { refused: string } {
  const [a, b, c] = bytes;
  let encoding = 'utf-8';
  if (a === 0xfe && b === 0xff) encoding = 'utf-16be';
  else if (a === 0xff && b === 0xfe) encoding = 'utf-16le';
  else if (a === 0x3c && b === 0x00) encoding = 'utf-16le';
  else if (a === 0x00 && b === 0x3c) encoding = 'utf-16be';
  else if (!(a === 0xef && b === 0xbb && c === 0xbf)) {
    const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1]?.toLowerCase();
    if (declared && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(declared)) return { refused: `it declares the encoding ${declared}; save it as UTF-8` };
  }
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { refused: `it is not valid ${encoding.toUpperCase()}` };
  }
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignorePiTags: false,
});

/**
 * Everything in an SVG or XML file that would run, navigate to code, or load from another site
 * when the file is opened in a browser; an empty list when it is a plain picture or data file.
 */
export function activeXmlContent(bytes: Uint8Array): ActiveContent[] {
  try {
    return readActiveXml(bytes);
  } catch (error) {
    // Nesting deep enough to exhaust the stack, say: what cannot be read is not published.
    return [{ what: 'XML the check could not read', excerpt: excerptOf(error instanceof Error ? error.message : String(error)) }];
  }
}

function readActiveXml(bytes: Uint8Array): ActiveContent[] {
  const decoded = decodeXml(bytes);
  if ('refused' in decoded) return [{ what: 'an encoding the check cannot read as a browser does', excerpt: decoded.refused }];
  const text = decoded.text.replace(/^\uFEFF/, '');
  const found: ActiveContent[] = [];
  if (/<!ENTITY/i.test(text))
    found.push({ what: 'an entity declaration (it can spell code the check would not see)', excerpt: excerptOf(/<!ENTITY[^>]*>?/i.exec(text)![0]) });
  const unknown = /&(?!#x[0-9a-f]+;|#[0-9]+;|amp;|lt;|gt;|quot;|apos;)[^;\s]*;?/i.exec(text);
  if (unknown) found.push({ what: 'an entity reference the file does not define', excerpt: unknown[0] });
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    // A browser shows, and runs, what comes before the error.
    found.push({ what: 'XML that is not well-formed', excerpt: `line ${valid.err.line}: ${valid.err.msg}` });
    return found;
  }
  // A second, plain reading: whatever the tree says, a script tag in any namespace is refused.
  // References never make markup in XML (`&lt;script&gt;` in a feed is text), nor do CDATA sections and comments.
  const markup = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, '');
  const scriptTag = /<\s*(?:[\w.-]+:)?(?:script|handler)\b/i.exec(markup);
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@');
      if (!name || name === '#text' || name === '#comment') continue;
      const attributes = node[':@'] ?? {};
      if (name.startsWith('?')) {
        if (name.toLowerCase() === '?xml-stylesheet')
          found.push({ what: 'an xml-stylesheet instruction (a stylesheet can make the file a page)', excerpt: excerptOf(attributes.href ?? '') });
        continue;
      }
      const local = localName(name);
      if (SCRIPT_ELEMENTS.has(local)) found.push({ what: `a <${name}> element`, excerpt: excerptOf(textOfNode(node[name])) });
      if (EMBEDDING.has(local)) found.push({ what: `a <${name}> element`, excerpt: excerptOf(Object.values(attributes).join(' ')) });
      if (local === 'meta' && Object.keys(attributes).some((key) => localName(key) === 'http-equiv'))
        found.push({ what: `a <${name} http-equiv> element`, excerpt: '' });
      if (local === 'style') checkStyle(textOfNode(node[name]), found);
      if (ANIMATIONS.has(local)) {
        const target = localName(attributes.attributeName ?? '');
        if (target === 'href' || target === 'src' || target.startsWith('on') || target === 'style')
          found.push({ what: `an animation of ${attributes.attributeName}`, excerpt: excerptOf(Object.values(attributes).join(' ')) });
      }
      for (const [key, raw] of Object.entries(attributes)) {
        const attribute = localName(key);
        const value = decodeXmlReferences(raw);
        if (attribute.startsWith('on')) found.push({ what: `an event handler (${key})`, excerpt: excerptOf(value) });
        else if (attribute === 'style') checkStyle(value, found);
        else if (LINK_ATTRIBUTES.has(attribute)) {
          for (const item of attribute === 'values' ? value.split(';') : [value]) {
            const scheme = CODE_SCHEME.exec(compact(item))?.[1]?.toLowerCase();
            if (scheme) {
              found.push({ what: `a ${scheme}: URL (${key})`, excerpt: excerptOf(value) });
              break;
            }
            // A link out (SVG's <a>, a feed's <link>) is only followed when clicked; anything else with an absolute URL loads from another site.
            if (local !== 'a' && local !== 'link' && ABSOLUTE.test(compact(item))) {
              found.push({ what: `an external reference (${key})`, excerpt: excerptOf(value) });
              break;
            }
          }
        }
      }
      const children = node[name];
      if (Array.isArray(children)) visit(children as XmlNode[]);
    }
  };
  visit(parser.parse(text) as XmlNode[]);
  if (scriptTag && !found.some((item) => /^an? <(?:[\w.-]+:)?(?:script|handler)/i.test(item.what)))
    found.push({ what: 'a script tag', excerpt: excerptOf(markup.slice(scriptTag.index, scriptTag.index + 80)) });
  return found;
}

function textOfNode(children: unknown): string {
  if (!Array.isArray(children)) return '';
  return (children as XmlNode[]).map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('');
}

/** CSS that loads from elsewhere: `@import`, or `url()` with a scheme (a data: picture aside). */
function checkStyle(css: string, found: ActiveContent[]): void {
  const plain = decodeXmlReferences(css);
  const load = /@import|url\(\s*["']?\s*(?!data:image\/(?:png|jpe?g|gif|webp|avif)[;,])[a-z][a-z0-9+.-]*:|url\(\s*["']?\s*\/\//i.exec(plain);
  if (load) found.push({ what: 'a style that loads from elsewhere', excerpt: excerptOf(plain.slice(load.index, load.index + 80)) });
}
