import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EMBEDDING_ELEMENTS } from './embedding.ts';

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

/**
 * Every extension the common MIME table (mime-db 1.54, which the hosts' tables follow) maps to an
 * XML type (`…/xml` or `…+xml`). A browser opens such a file as an XML document, and an XML
 * document runs the XHTML `<script>` it holds: Chromium 156 runs one in a `.atom` file.
 */
const XML_EXTENSIONS = new Set(
  `1km ac aml atom atomcat atomdeleted atomsvc bdo bmml ccxml cdfx cdxml cpl csl dae davmount dbk dcmp dd2 ddf dtb dwd emma emotionml es3 et3
  fdt fo gml gpx grxml hal held ink inkml irp its kml lasxml lbe lgr link66 lostxml mads maei mathml meta4 metalink mets mods mpd mpf mpkg mpp
  mrcx mscml musd musicxml mxml ncx obgx omdoc opf osfpvg osm owl pls provx pskcxml rapd rdf relo res rif rl rld rng rs rsat rsd rsheet rss
  rusd sbml sdkd sdkm senmlx sensmlx shf sls smi smil sru srx ssdl ssml stpx svg swidtag td tei teicorpus tfi ttml uo uoml uvt uvvt vxml wadl
  wbs wif wsdl wspolicy x3d xaml xav xca xcs xdcf xdf xdm xdp xdssc xel xenc xer xlf xml xns xop xpl xsd xsf xsm xspf xul xvm xvml yin zaz
  zmm`.split(/\s+/),
);

/** How a published file is checked, from its name: a page (the HTML check), XML, or refused outright. */
export function kindOfPublishedFile(name: string): 'page' | 'xml' | 'refused' | undefined {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (/^(?:html?|shtml)$/.test(extension)) return 'page';
  // XHTML and XSLT are whole programs for a browser's XML engine, and compressed SVG or X3D is not
  // readable without unpacking: none is a file an academic site needs to publish as such.
  if (/^(?:xhtml?|xht|xsl|xslt|svgz|x3dz|mht|mhtml)$/.test(extension)) return 'refused';
  if (XML_EXTENSIONS.has(extension)) return 'xml';
  return undefined;
}

const SCRIPT_ELEMENTS = new Set(['script', 'handler', 'listener']);
// In SVG, foreignObject carries HTML too.
const EMBEDDING = new Set([...EMBEDDING_ELEMENTS, 'foreignobject']);
const ANIMATIONS = new Set([
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'discard',
]);
const LINK_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'values',
  'to',
  'from',
  'by',
  'style',
]);
const CODE_SCHEME = /^(javascript|vbscript|data):/i;
/** An absolute URL: it loads from another site. */
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const excerptOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);
const localName = (name: string) =>
  (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name).toLowerCase();
const compact = (value: string) => value.replace(/[\u0000-\u0020]/g, '');

/** Character and predefined references decoded, as the XML parser does before anything sees the value. */
export function decodeXmlReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return PREDEFINED[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10);
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
    // The whole declaration, however long: a browser reads `encoding=` after any amount of space.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    if (/^<\?xml\s/i.test(head) && !head.includes('?>'))
      return { refused: 'its XML declaration does not end near the start' };
    const declaration = /^<\?xml\s[\s\S]*?\?>/i.exec(head)?.[0] ?? '';
    const declared = /\bencoding\s*=\s*["']([^"']*)["']/i.exec(declaration)?.[1]?.toLowerCase();
    if (declared !== undefined && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(declared))
      return { refused: `it declares the encoding ${declared}; save it as UTF-8` };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { refused: `it is not valid ${encoding.toUpperCase()}` };
  }
  // XML allows no control character but tab and line breaks: one is either an error to a browser
  // or, in an encoding's escape sequence (ISO-2022-JP's ESC ( B), bytes a browser decodes away.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(text);
  if (control)
    return {
      refused: `it holds the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow`,
    };
  return { text };
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
    return [
      {
        what: 'XML the check could not read',
        excerpt: excerptOf(error instanceof Error ? error.message : String(error)),
      },
    ];
  }
}

function readActiveXml(bytes: Uint8Array): ActiveContent[] {
  const decoded = decodeXml(bytes);
  if ('refused' in decoded)
    return [
      { what: 'an encoding the check cannot read as a browser does', excerpt: decoded.refused },
    ];
  const text = decoded.text.replace(/^\uFEFF/, '');
  const found: ActiveContent[] = [];
  if (/<!ENTITY/i.test(text))
    found.push({
      what: 'an entity declaration (it can spell code the check would not see)',
      excerpt: excerptOf(/<!ENTITY[^>]*>?/i.exec(text)![0]),
    });
  const unknown = /&(?!#x[0-9a-f]+;|#[0-9]+;|amp;|lt;|gt;|quot;|apos;)[^;\s]*;?/i.exec(text);
  if (unknown)
    found.push({ what: 'an entity reference the file does not define', excerpt: unknown[0] });
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    // A browser shows, and runs, what comes before the error.
    found.push({
      what: 'XML that is not well-formed',
      excerpt: `line ${valid.err.line}: ${valid.err.msg}`,
    });
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
          found.push({
            what: 'an xml-stylesheet instruction (a stylesheet can make the file a page)',
            excerpt: excerptOf(attributes.href ?? ''),
          });
        continue;
      }
      const local = localName(name);
      if (SCRIPT_ELEMENTS.has(local))
        found.push({ what: `a <${name}> element`, excerpt: excerptOf(textOfNode(node[name])) });
      if (EMBEDDING.has(local))
        found.push({
          what: `a <${name}> element`,
          excerpt: excerptOf(Object.values(attributes).join(' ')),
        });
      if (
        local === 'meta' &&
        Object.keys(attributes).some((key) => localName(key) === 'http-equiv')
      )
        found.push({ what: `a <${name} http-equiv> element`, excerpt: '' });
      if (local === 'style') checkStyle(textOfNode(node[name]), found);
      if (ANIMATIONS.has(local)) {
        const target = localName(attributes.attributeName ?? '');
        if (target === 'href' || target === 'src' || target.startsWith('on') || target === 'style')
          found.push({
            what: `an animation of ${attributes.attributeName}`,
            excerpt: excerptOf(Object.values(attributes).join(' ')),
          });
      }
      for (const [key, raw] of Object.entries(attributes)) {
        const attribute = localName(key);
        const value = decodeXmlReferences(raw);
        if (attribute.startsWith('on'))
          found.push({ what: `an event handler (${key})`, excerpt: excerptOf(value) });
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
    found.push({
      what: 'a script tag',
      excerpt: excerptOf(markup.slice(scriptTag.index, scriptTag.index + 80)),
    });
  return found;
}

function textOfNode(children: unknown): string {
  if (!Array.isArray(children)) return '';
  return (children as XmlNode[])
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
    .join('');
}

/** CSS as the browser reads it: comments gone, escapes (`\\74`, `\\:`) decoded. */
function plainCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(
      /\\(?:([0-9a-f]{1,6})\s?|([^\n0-9a-f]))/gi,
      (_, hex: string | undefined, character: string | undefined) => {
        if (character !== undefined) return character;
        const code = parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      },
    );
}

/** CSS that loads from elsewhere: `@import`, or a `url()` or `image-set()` address with a scheme (a data: picture aside). */
function checkStyle(css: string, found: ActiveContent[]): void {
  const plain = plainCss(decodeXmlReferences(css));
  const address = `["']?\\s*(?:(?!data:image\\/(?:png|jpe?g|gif|webp|avif)[;,])[a-z][a-z0-9+.-]*:|\\/\\/)`;
  const load = new RegExp(`@import|url\\(\\s*${address}|image-set\\([^;}]*?${address}`, 'i').exec(
    plain,
  );
  if (load)
    found.push({
      what: 'a style that loads from elsewhere',
      excerpt: excerptOf(plain.slice(load.index, load.index + 80)),
    });
}
