import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activeXmlContent, kindOfPublishedFile } from '#lib/security/active-files.ts';

const SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string, bom: boolean) => {
  const bytes = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]) : bytes;
};
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

test('SVG and XML files: what a browser would run or load is found, in any namespace, entity or encoding', () => {
  const cases: [string, Uint8Array, { what: string; excerpt: string }[]][] = [
    [
      'a plain picture',
      utf8(
        `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg ${SVG} viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/><a href="https://example.org/">x</a></svg>`,
      ),
      [],
    ],
    [
      'a script behind a namespace prefix',
      utf8('<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>'),
      [{ what: 'a <s:script> element', excerpt: 'alert(1)' }],
    ],
    [
      'a javascript: link spelt with a character reference',
      utf8(`<svg ${SVG}><a href="javascript&#58;alert(1)"><text>x</text></a></svg>`),
      [{ what: 'a javascript: URL (href)', excerpt: 'javascript:alert(1)' }],
    ],
    [
      'a UTF-16 file with a BOM and a handler',
      utf16le(`<svg ${SVG} onload="alert(1)"/>`, true),
      [{ what: 'an event handler (onload)', excerpt: 'alert(1)' }],
    ],
    [
      'a UTF-16 file without a BOM',
      utf16le(`<svg ${SVG}><script>alert(1)</script></svg>`, false),
      [{ what: 'a <script> element', excerpt: 'alert(1)' }],
    ],
    [
      'big-endian UTF-16',
      utf16be(`<svg ${SVG}><x:script xmlns:x="urn:x"/></svg>`),
      [{ what: 'a <x:script> element', excerpt: '' }],
    ],
    [
      'an encoding the check does not read',
      utf8('<?xml version="1.0" encoding="UTF-7"?><svg/>'),
      [
        {
          what: 'an encoding the check cannot read as a browser does',
          excerpt: 'it declares the encoding utf-7; save it as UTF-8',
        },
      ],
    ],
    [
      'an animation that sets a link, whatever its values',
      utf8(
        `<svg ${SVG}><a href="/"><animate attributeName="href" values="/;javascript:alert(1)"/><set attributeName="xlink:href" to="/x"/><text>x</text></a></svg>`,
      ),
      [
        { what: 'an animation of href', excerpt: 'href /;javascript:alert(1)' },
        { what: 'a javascript: URL (values)', excerpt: '/;javascript:alert(1)' },
        { what: 'an animation of xlink:href', excerpt: 'xlink:href /x' },
      ],
    ],
    [
      'a foreign object, an external picture and a style that loads',
      utf8(
        `<svg ${SVG}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject><image xlink:href="https://evil.example/t.png"/><style>@import url(https://evil.example/x.css);</style></svg>`,
      ),
      [
        { what: 'a <foreignObject> element', excerpt: '' },
        { what: 'an external reference (xlink:href)', excerpt: 'https://evil.example/t.png' },
        {
          what: 'a style that loads from elsewhere',
          excerpt: '@import url(https://evil.example/x.css);',
        },
      ],
    ],
    [
      'an entity declaration that spells a scheme',
      utf8(`<!DOCTYPE svg [<!ENTITY j "javascript">]><svg ${SVG}><a href="&j;:alert(1)"/></svg>`),
      [
        {
          what: 'an entity declaration (it can spell code the check would not see)',
          excerpt: '<!ENTITY j "javascript">',
        },
        { what: 'an entity reference the file does not define', excerpt: '&j;' },
      ],
    ],
    [
      'XML that is not well-formed',
      utf8(`<svg ${SVG}><g><script>alert(1)</script></svg>`),
      [
        {
          what: 'XML that is not well-formed',
          excerpt:
            "line 1: Expected closing tag 'g' (opened in line 1, col 84) instead of closing tag 'svg'.",
        },
      ],
    ],
    [
      'an XML file with a stylesheet, and one that is an XHTML page',
      utf8(
        '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="/feed.xsl"?><html xmlns="http://www.w3.org/1999/xhtml"><body><iframe src="/cv/"/></body></html>',
      ),
      [
        {
          what: 'an xml-stylesheet instruction (a stylesheet can make the file a page)',
          excerpt: '/feed.xsl',
        },
        { what: 'a <iframe> element', excerpt: '/cv/' },
      ],
    ],
    [
      'an encoding declared after a long run of spaces (Chromium reads it, and ISO-2022-JP decodes its escapes away)',
      Buffer.from(
        `<?xml version="1.0"${' '.repeat(300)}encoding="ISO-2022-JP"?><svg ${SVG}><text><![CDATA[ ]]\x1b(B></text><script>alert(1)</script><text><![CDATA[ ]]></text></svg>`,
        'latin1',
      ),
      [
        {
          what: 'an encoding the check cannot read as a browser does',
          excerpt: 'it declares the encoding iso-2022-jp; save it as UTF-8',
        },
      ],
    ],
    [
      'a control character, which XML does not allow',
      utf8(
        `<svg ${SVG}><text><![CDATA[ ]]\x1b(B></text><script>alert(1)</script><text><![CDATA[ ]]></text></svg>`,
      ),
      [
        {
          what: 'an encoding the check cannot read as a browser does',
          excerpt: 'it holds the control character U+001B, which XML does not allow',
        },
      ],
    ],
    [
      'styles that load from elsewhere through CSS escapes, comments and image-set',
      utf8(
        `<svg ${SVG}><style>rect{fill:url(ht\\74ps://evil.example/a.svg#a)}</style><rect style="background:image-set(url(/a.png) 1x, &quot;https://evil.example/t.png&quot; 2x)"/><style>@im/**/port "/x.css";</style></svg>`,
      ),
      [
        {
          what: 'a style that loads from elsewhere',
          excerpt: 'url(https://evil.example/a.svg#a)}',
        },
        {
          what: 'a style that loads from elsewhere',
          excerpt: 'image-set(url(/a.png) 1x, "https://evil.example/t.png" 2x)',
        },
        { what: 'a style that loads from elsewhere', excerpt: '@import "/x.css";' },
      ],
    ],
    [
      'an RSS feed, whose escaped HTML is text',
      utf8(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>A &amp; B &lt;script&gt;x&lt;/script&gt; <![CDATA[<script>y</script>]]></title><link>https://example.org/</link><atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://example.org/feed.xml" rel="self"/></channel></rss>',
      ),
      [],
    ],
  ];
  for (const [name, bytes, expected] of cases)
    assert.deepEqual(activeXmlContent(bytes), expected, name);
});

test('every file a browser opens as a document is checked or refused, by its name', () => {
  // Chromium 156 runs the XHTML script of a file served as application/atom+xml: every XML type counts.
  const table: [string, ReturnType<typeof kindOfPublishedFile>][] = [
    ['index.html', 'page'],
    ['notes.htm', 'page'],
    ['NOTES.Htm', 'page'],
    ['a.shtml', 'page'],
    ['logo.svg', 'xml'],
    ['LOGO.SVG', 'xml'],
    ['feed.xml', 'xml'],
    ['feed.atom', 'xml'],
    ['feed.rss', 'xml'],
    ['data.rdf', 'xml'],
    ['formula.mathml', 'xml'],
    ['track.gpx', 'xml'],
    ['notes.xhtml', 'refused'],
    ['notes.xhtm', 'refused'],
    ['a.xht', 'refused'],
    ['feed.xsl', 'refused'],
    ['logo.svgz', 'refused'],
    ['paper.pdf', undefined],
    ['photo.png', undefined],
    ['refs.bib', undefined],
  ];
  assert.deepEqual(
    table.map(([name]) => [name, kindOfPublishedFile(name)]),
    table,
  );
});
