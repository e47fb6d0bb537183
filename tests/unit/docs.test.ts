import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { readEntry } from '../../scripts/lib/frontmatter.ts';
import type { z } from 'zod';
import { CONTENT_KINDS, KIND_NAMES, type KindName } from '#lib/content/kinds.ts';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, heading = ''] of withoutCode.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

describe('README.md and docs/', () => {
  test('every relative link leads to a file or folder of the repository, and every anchor to a heading', () => {
    const broken: string[] = [];
    for (const guide of guides) {
      const markdown = read(guide)
        .replace(/^```[\s\S]*?^```/gm, '')
        .replace(/`[^`\n]*`/g, '');
      for (const [, target = ''] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [path = '', anchor] = target.split('#');
        const file = path === '' ? join(root, guide) : join(root, dirname(guide), path);
        if (!existsSync(file)) {
          broken.push(`${guide}: ${target} (no ${relative(root, file)})`);
          continue;
        }
        if (anchor !== undefined && !anchorsOf(readFileSync(file, 'utf8')).has(anchor))
          broken.push(`${guide}: ${target} (no heading #${anchor})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  test('the README stays short: the guides live in docs/', () => {
    const lines = read('README.md').split('\n').length;
    assert.ok(lines <= 160, `README.md has ${lines} lines; move details into docs/`);
  });
});

describe('docs/authoring.md', () => {
  test('shows one complete example per kind of entry, each fitting its schema', () => {
    const examples = [
      ...read('docs/authoring.md').matchAll(
        /^### (?:An?|The) [\w ]+: `src\/content\/(\w+)\/[\w-]+\.mdx`\n\n(?:(?:.+\n)+\n)?```mdx\n([\s\S]*?)```/gm,
      ),
    ];
    assert.deepEqual(
      examples.map((match) => match[1]),
      KIND_NAMES,
    );
    for (const [, collection = '', source = ''] of examples) {
      const schema = CONTENT_KINDS[collection as KindName].schema as z.ZodObject;
      const { data } = readEntry(source);
      const parsed = schema.safeParse(data);
      assert.ok(parsed.success, `${collection}: ${JSON.stringify(parsed.error?.issues)}`);
      for (const field of Object.keys(schema.shape))
        assert.ok(field in data, `the ${collection} example shows ${field}`);
    }
  });
});
