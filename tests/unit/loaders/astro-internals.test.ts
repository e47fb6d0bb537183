import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { ContentEntryType } from 'astro';
import { glob } from 'astro/loaders';
import type { LoaderContext } from 'astro/loaders';
import {
  CHECKED_AGAINST,
  checkDeferred,
  deferredEntry,
  entryTypesOf,
  installedAstroVersion,
} from '../../../src/loaders/astro-internals.ts';

const entryType = {
  extensions: ['.md'],
  getEntryInfo: () => ({ data: {}, body: '', slug: '', rawData: '' }),
  getRenderFunction: async () => async () => ({ html: '' }),
} as unknown as ContentEntryType;
const contextWith = (entryTypes: unknown) => ({ entryTypes }) as unknown as LoaderContext;
const CHANGED = (what: string) =>
  `src/loaders/astro-internals.ts: Astro 9.0.0 ${what}. The content loader was written against Astro ${CHECKED_AGAINST}; update src/loaders/astro-internals.ts (and src/loaders/content-glob.ts) for this Astro, or install Astro ${CHECKED_AGAINST}.`;

describe('what the content loader needs from Astro beyond its public API', () => {
  test("the version a message names is the installed Astro's", () => {
    assert.match(installedAstroVersion(), /^7\.\d+\.\d+/);
  });

  test('entryTypes: a Map with .md and .mdx entry types passes; anything else stops the build naming the version', () => {
    const types = new Map([
      ['.md', entryType],
      ['.mdx', entryType],
    ]);
    assert.equal(entryTypesOf(contextWith(types), '9.0.0'), types);
    const cases: [unknown, string][] = [
      [
        undefined,
        'no longer passes `entryTypes` (a Map from file extension to entry type) in the loader context',
      ],
      [
        [entryType],
        'no longer passes `entryTypes` (a Map from file extension to entry type) in the loader context',
      ],
      [
        new Map([['.mdx', entryType]]),
        'passes no `.md` entry type with getEntryInfo and getRenderFunction in `entryTypes`',
      ],
      [
        new Map<string, unknown>([
          ['.md', entryType],
          ['.mdx', { getRenderFunction: () => ({}) }],
        ]),
        'passes no `.mdx` entry type with getEntryInfo in `entryTypes`',
      ],
    ];
    for (const [entryTypes, what] of cases)
      assert.throws(() => entryTypesOf(contextWith(entryTypes), '9.0.0'), {
        message: CHANGED(what),
      });
  });

  test('deferredRender: an entry the store kept deferred passes; one it stripped stops the build', () => {
    const entry = deferredEntry({
      id: 'melon',
      data: {},
      body: '# Melon',
      rendered: { html: '<h1>Melon</h1>' },
      assetImports: ['./a.png'],
    });
    assert.deepEqual(entry, { id: 'melon', data: {}, body: '# Melon', deferredRender: true });
    checkDeferred({ get: () => entry }, ['melon'], '9.0.0');
    const { deferredRender: _dropped, ...stripped } = entry;
    assert.throws(() => checkDeferred({ get: () => stripped }, ['melon'], '9.0.0'), {
      message: CHANGED('did not keep `deferredRender: true` on the content store entry "melon"'),
    });
  });

  test("Astro's own glob loader passes entryTypes and marks deferred entries with deferredRender", async () => {
    const base = mkdtempSync(join(tmpdir(), 'astro-internals-'));
    try {
      writeFileSync(join(base, 'melon.md'), '---\ntitle: Melon\n---\nBody\n');
      const stored: Record<string, unknown>[] = [];
      let seenEntryTypes: unknown;
      const types = new Map([['.md', entryType]]);
      const context = {
        collection: 'papers',
        config: { root: pathToFileURL(`${base}/`), srcDir: pathToFileURL(`${base}/`) },
        logger: { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} },
        store: {
          keys: () => [],
          get: () => undefined,
          set: (entry: Record<string, unknown>) => void stored.push(entry),
          delete: () => {},
          has: () => false,
        },
        meta: new Map(),
        parseData: async ({ data }: { data: unknown }) => data,
        generateDigest: () => 'digest',
        entryTypes: new Proxy(types, {
          get(target, key) {
            seenEntryTypes = target;
            const value = Reflect.get(target, key, target) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      } as unknown as LoaderContext;
      await glob({ pattern: '*.md', base: pathToFileURL(`${base}/`), deferRender: true }).load(
        context,
      );
      assert.equal(seenEntryTypes, types);
      assert.deepEqual(
        stored.map((entry) => [entry.id, entry.deferredRender]),
        [['melon', true]],
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
