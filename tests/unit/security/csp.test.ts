import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { inlineCodeGate } from '../../../src/integrations/inline-code-gate.ts';
import {
  contentSecurityPolicy,
  cspHash,
  findInlineCode,
  findUntrustedCode,
  insertCspMeta,
  sourceOfCode,
} from '#lib/security/csp.ts';

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>let a = 1;</script><script type="application/ld+json">{"@type":"Person"}</script><script src="/x.js"></script><style>body{color:red}</style></head><body></body></html>`;

test('finds executable inline scripts and styles, not data blocks or external scripts', () => {
  assert.deepEqual(findInlineCode(page), { scripts: ['let a = 1;'], styles: ['body{color:red}'] });
});

test('hashes with SHA-256 in the CSP source form', () => {
  assert.equal(
    cspHash('let a = 1;'),
    `'sha256-${createHash('sha256').update('let a = 1;').digest('base64')}'`,
  );
});

test('the policy allows only the hashed code, and frame-ancestors only as a header', () => {
  const policy = contentSecurityPolicy(findInlineCode(page));
  assert.match(policy, new RegExp(`script-src ${cspHash('let a = 1;').replace(/[+/]/g, '\\$&')};`));
  assert.doesNotMatch(policy, /unsafe-inline|frame-ancestors/);
  assert.match(
    contentSecurityPolicy({ scripts: [], styles: [] }, { header: true }),
    /script-src 'none'; style-src 'none';.*frame-ancestors 'none'$/,
  );
});

test('the meta element goes right after the charset, before any script', () => {
  const html = insertCspMeta(page, "default-src 'self'");
  assert.ok(
    html.includes(
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>`,
    ),
  );
});

test('finds every piece of code the site did not write, and nothing the site did', () => {
  const own = 'let a = 1;';
  const trusted = new Set([cspHash(own)]);
  const cases: [string, string, { what: string; excerpt: string; hash?: string }[]][] = [
    [
      "the site's own script, styles in the head, JSON-LD",
      `<head><script>${own}</script><style>p{}</style><script type="application/ld+json">{}</script></head><body><p>x</p></body>`,
      [],
    ],
    [
      'an unknown inline script',
      '<body><script>alert(1)</script></body>',
      [{ what: 'an inline script', excerpt: 'alert(1)', hash: cspHash('alert(1)') }],
    ],
    [
      'a module script',
      '<body><script type="module">alert(1)</script></body>',
      [{ what: 'an inline script', excerpt: 'alert(1)', hash: cspHash('alert(1)') }],
    ],
    [
      'an external script',
      '<head><script src="https://evil.example/x.js"></script></head>',
      [{ what: 'an external script', excerpt: 'https://evil.example/x.js' }],
    ],
    [
      'an import map',
      '<head><script type="importmap">{"imports":{}}</script></head>',
      [{ what: 'a script of type "importmap"', excerpt: '{"imports":{}}' }],
    ],
    [
      'an event handler',
      '<body><img src="x" onerror="alert(2)"></body>',
      [{ what: 'an event handler (onerror)', excerpt: 'alert(2)' }],
    ],
    [
      'a style attribute',
      '<body><p style="color:red">x</p></body>',
      [{ what: 'a style attribute', excerpt: 'color:red' }],
    ],
    [
      'a style element in the body',
      '<body><style>body{display:none}</style></body>',
      [
        {
          what: 'an inline <style> in the page body',
          excerpt: 'body{display:none}',
          hash: cspHash('body{display:none}'),
        },
      ],
    ],
    [
      'a javascript: URL, hidden by case and control characters',
      '<body><a href=" JaVa&#09;script:alert(3)">x</a></body>',
      [{ what: 'a javascript: URL (href)', excerpt: 'JaVa script:alert(3)' }],
    ],
    [
      'a data: page and a vbscript: link',
      '<body><a href="data:text/html,<script>alert(1)</script>">x</a><a href="vbscript:msgbox(1)">y</a></body>',
      [
        { what: 'a data: URL (href)', excerpt: 'data:text/html,<script>alert(1)</script>' },
        { what: 'a vbscript: URL (href)', excerpt: 'vbscript:msgbox(1)' },
      ],
    ],
    [
      'a data: picture is only a picture',
      '<body><img src="data:image/png;base64,AAAA" alt=""></body>',
      [],
    ],
    [
      'an SVG animation that sets a javascript: link',
      '<body><svg><a href="/x"><animate attributeName="href" values="javascript:alert(5)"></animate></a></svg></body>',
      [{ what: 'a javascript: URL (values)', excerpt: 'javascript:alert(5)' }],
    ],
    [
      'an SVG animation whose later value is a javascript: link (only the first was read)',
      '<body><svg><a href="/x"><animate attributeName="href" values="/;javascript:alert(5)"></animate></a></svg></body>',
      [{ what: 'a javascript: URL (values)', excerpt: '/;javascript:alert(5)' }],
    ],
    [
      'a handler on a picture in an option, which parse5 drops and Chromium keeps',
      '<body><select><option>a<img src="x" onerror="alert(1)"></option></select></body>',
      [{ what: 'an event handler (onerror)', excerpt: 'alert(1)' }],
    ],
    [
      'a form and a script inside a select, and a select inside a noscript',
      '<body><select><form action="/x"></form><script>alert(1)</script></select><noscript><select><object data="/x"></object></select></noscript></body>',
      [
        { what: 'an inline script', excerpt: 'alert(1)', hash: cspHash('alert(1)') },
        { what: 'a <form> inside <select>, which browsers read as markup', excerpt: 'action="/x"' },
        { what: 'a <form> in the page body', excerpt: 'action="/x"' },
        { what: 'a <select> inside <noscript>, which browsers read as markup', excerpt: '' },
        { what: 'a <object> inside <select>, which browsers read as markup', excerpt: 'data="/x"' },
        { what: 'a <object> element', excerpt: 'data="/x"' },
      ],
    ],
    [
      'what a customisable select and a noscript may hold',
      '<body><select><button><selectedcontent></selectedcontent></button><option><img src="/a.png" alt="">A</option></select><noscript><img src="/b.png" alt="B"></noscript></body>',
      [],
    ],
    [
      'markup inside quoted attributes is text, as in a browser',
      '<head><meta name="description" content="</script><script>alert(4)</script>"></head><body><a href="https://example.com/&quot;><script>alert(6)</script>">x</a></body>',
      [],
    ],
    [
      'a comment closed early with --!>',
      "<body><!-- a --!><script>document.title='PWN1'</script>--></body>",
      [
        {
          what: 'an inline script',
          excerpt: "document.title='PWN1'",
          hash: cspHash("document.title='PWN1'"),
        },
      ],
    ],
    [
      'attributes split by line breaks, or after a quoted ">"',
      '<body><img\nsrc=x\nONERROR=alert(2)><a title="x>" onclick="alert(3)">x</a></body>',
      [
        { what: 'an event handler (onerror)', excerpt: 'alert(2)' },
        { what: 'an event handler (onclick)', excerpt: 'alert(3)' },
      ],
    ],
    [
      'a script tag with a slash, and a page with no body tag',
      '<p onclick="x()">x</p><script/x>alert(1)</script>',
      [
        { what: 'an event handler (onclick)', excerpt: 'x()' },
        { what: 'an inline script', excerpt: 'alert(1)', hash: cspHash('alert(1)') },
      ],
    ],
    [
      'a stylesheet, a form and a fenced frame in the body',
      '<body><link rel="stylesheet" href="https://evil.example/x.css"><form action="https://evil.example/"></form><fencedframe></fencedframe></body>',
      [
        {
          what: 'a <link> in the page body',
          excerpt: 'rel="stylesheet" href="https://evil.example/x.css"',
        },
        { what: 'a <form> in the page body', excerpt: 'action="https://evil.example/"' },
        { what: 'a <fencedframe> element', excerpt: '' },
      ],
    ],
    [
      'a script inside a template',
      '<body><template><script>alert(7)</script></template></body>',
      [{ what: 'an inline script', excerpt: 'alert(7)', hash: cspHash('alert(7)') }],
    ],
    [
      'a frame and a base',
      '<head><base href="https://evil.example/"></head><body><iframe src="https://evil.example/"></iframe></body>',
      [
        { what: 'a <base> element', excerpt: 'href="https://evil.example/"' },
        { what: 'a <iframe> element', excerpt: 'src="https://evil.example/"' },
      ],
    ],
    [
      'a refresh in the body',
      '<body><meta http-equiv="refresh" content="0;url=https://evil.example/"></body>',
      [
        {
          what: 'a <meta> in the page body',
          excerpt: 'http-equiv="refresh" content="0;url=https://evil.example/"',
        },
      ],
    ],
  ];
  for (const [name, html, expected] of cases)
    assert.deepEqual(
      findUntrustedCode(`<!DOCTYPE html><html>${html}</html>`, trusted),
      expected,
      name,
    );
});

test('names the content file a piece of code came from, preferring the one the page is made of', () => {
  const files = [
    { path: 'src/content/education/phd.mdx', text: 'thesis: javascript:alert(1)' },
    { path: 'src/content/news/2024-05-01.mdx', text: '[x](javascript:alert(1))' },
    { path: 'src/content/publications/melon.mdx', text: '<script>alert(2)</script>' },
  ];
  const cases: [excerpt: string, page: string, source: string | undefined][] = [
    ['javascript:alert(1)', '/news/index.html', 'src/content/news/2024-05-01.mdx'],
    ['javascript:alert(1)', '/cv/index.html', 'src/content/education/phd.mdx'],
    ['alert(2)', '/publications/melon/index.html', 'src/content/publications/melon.mdx'],
    ['alert(3)', '/index.html', undefined],
    ['', '/index.html', undefined],
  ];
  for (const [excerpt, page, source] of cases)
    assert.equal(sourceOfCode(excerpt, page, files), source, `${excerpt} on ${page}`);
});

describe("the build's CSP step over many pages", () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
  /** A built site of 300 pages, page-000 … page-299, each in its own folder as `astro build` writes them. */
  function builtSite(bodies: Record<number, string> = {}): string {
    const root = mkdtempSync(join(tmpdir(), 'csp-step-'));
    for (let index = 0; index < 300; index++) {
      const folder = join(root, `page-${String(index).padStart(3, '0')}`);
      mkdirSync(folder);
      writeFileSync(join(folder, 'index.html'), page(bodies[index] ?? `<p>Page ${index}</p>`));
    }
    return root;
  }
  const runStep = async (root: string) => {
    const hook = inlineCodeGate().hooks['astro:build:done'] as unknown as (options: {
      dir: URL;
      logger: { info(message: string): void };
    }) => Promise<void>;
    await hook({ dir: pathToFileURL(`${root}/`), logger: { info() {} } });
  };

  test('reads every published file a browser opens as a document: .htm pages, SVG and XML anywhere, and refuses XHTML', async () => {
    const root = builtSite();
    mkdirSync(join(root, 'files'));
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, 'files/notes.htm'), page('<script>alert(1)</script>'));
    writeFileSync(
      join(root, 'files/notes.xhtml'),
      '<html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>',
    );
    writeFileSync(
      join(root, 'files/logo.svg'),
      '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>',
    );
    writeFileSync(
      join(root, '_astro/logo.abc123.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    );
    writeFileSync(
      join(root, 'feed.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
    );
    writeFileSync(
      join(root, 'files/plain.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    );
    await assert.rejects(runStep(root), (error: Error) => {
      const lines = error.message.split('\n').filter((line) => line.startsWith('  - '));
      assert.deepEqual(lines, [
        `  - /files/notes.htm: an inline script "alert(1)" [${cspHash('alert(1)').slice(1, -1)}]`,
        '  - /_astro/logo.abc123.svg: an event handler (onload) "alert(1)"',
        '  - /files/logo.svg: a <s:script> element "alert(1)"',
        '  - /files/notes.xhtml: a file a browser runs as a page of its own (publish it as .html, or as a PDF or picture)',
      ]);
      return true;
    });
    assert.equal(existsSync(root), false, 'the refused site is gone');
  });

  test('refuses two pages among 300, names them in page order, and removes the site', async () => {
    const root = builtSite({
      7: '<p onclick="steal()">x</p>',
      250: '<a href="javascript:alert(1)">x</a>',
      123: '<p>fine</p>',
    });
    await assert.rejects(runStep(root), (error: Error) => {
      const lines = error.message.split('\n').filter((line) => line.startsWith('  - '));
      assert.deepEqual(lines, [
        '  - /page-007/index.html: an event handler (onclick) "steal()"',
        '  - /page-250/index.html: a javascript: URL (href) "javascript:alert(1)"',
      ]);
      return true;
    });
    assert.equal(existsSync(root), false, 'the refused site is gone');
  });

  test('a page that cannot be read stops the step, and the half-checked site is removed', async (t) => {
    const root = builtSite();
    const unreadable = join(root, 'page-150/index.html');
    const readFile = fsPromises.readFile;
    t.mock.method(fsPromises, 'readFile', (path: string, options: BufferEncoding) =>
      path === unreadable
        ? Promise.reject(new Error('EIO: i/o error, read'))
        : readFile(path, options),
    );
    syncBuiltinESMExports();
    try {
      await assert.rejects(runStep(root), /EIO: i\/o error, read/);
    } finally {
      t.mock.restoreAll();
      syncBuiltinESMExports();
    }
    assert.equal(existsSync(root), false, 'no page with or without its policy is left to deploy');
  });

  test('every one of 300 clean pages gets its policy, and _headers is written', async () => {
    const root = builtSite();
    try {
      await runStep(root);
      const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) =>
        name.endsWith('.html'),
      );
      assert.equal(files.length, 300);
      for (const file of files)
        assert.match(
          readFileSync(join(root, file), 'utf8'),
          /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'none';/,
        );
      assert.match(
        readFileSync(join(root, '_headers'), 'utf8'),
        /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'none'; style-src 'none'; /,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("only the search page may load the site's script files and WebAssembly", async () => {
    const root = builtSite();
    try {
      for (const folder of ['search', 'research/search']) {
        mkdirSync(join(root, folder), { recursive: true });
        writeFileSync(join(root, folder, 'index.html'), page('<h1>Search</h1>'));
      }
      await runStep(root);
      const scriptSrc = (file: string) =>
        /script-src ([^;]*);/.exec(readFileSync(join(root, file), 'utf8'))?.[1];
      assert.deepEqual(
        ['search', 'research/search', 'page-000'].map((folder) =>
          scriptSrc(`${folder}/index.html`),
        ),
        ["'self' 'wasm-unsafe-eval'", "'none'", "'none'"],
      );
      // The header is every page's at once: each page's own <meta> narrows it to what that page may run.
      assert.match(
        readFileSync(join(root, '_headers'), 'utf8'),
        /Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'none'; /,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
