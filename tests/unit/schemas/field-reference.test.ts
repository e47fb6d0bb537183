import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  BEGIN_MARKER,
  END_MARKER,
  fieldReference,
  fieldsPage,
  readSchemas,
  renderFieldReference,
  withGenerated,
} from '../../../scripts/field-reference.ts';
import { citationsSchema } from '../../../src/schemas/citations.ts';
import { experienceSchema } from '../../../src/schemas/experience.ts';
import { projectSchema } from '../../../src/schemas/project.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { publicationSchema } from '../../../src/schemas/publication.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { teachingSchema } from '../../../src/schemas/teaching.ts';
import { educationSchema } from '../../../src/schemas/education.ts';
import { newsSchema } from '../../../src/schemas/news.ts';
import { talkSchema } from '../../../src/schemas/talk.ts';

const root = join(import.meta.dirname, '../../..');

describe('docs/fields.md', () => {
  test('is what npm run docs:fields makes of the schemas today', () => {
    const { expected, current } = fieldsPage(root);
    assert.ok(current !== undefined, 'docs/fields.md is missing: run npm run docs:fields');
    assert.equal(current, expected, 'docs/fields.md is out of date: run npm run docs:fields');
  });

  test('every field of every schema has a doc comment', () => {
    assert.deepEqual(
      fieldReference(readSchemas(root)).undocumented,
      [],
      'write a /** … */ comment above each of these fields in src/schemas/',
    );
  });

  test('lists every top-level field the schemas accept, in their order', () => {
    const { schemas } = fieldReference(readSchemas(root));
    const topLevel = Object.fromEntries(
      schemas.map((schema) => [
        schema.name,
        schema.fields.map((field) => field.path).filter((path) => !/[.[]/.test(path)),
      ]),
    );
    assert.deepEqual(topLevel, {
      publicationSchema: Object.keys(publicationSchema.shape),
      experienceSchema: Object.keys(experienceSchema.shape),
      teachingSchema: Object.keys(teachingSchema.shape),
      educationSchema: Object.keys(educationSchema.shape),
      newsSchema: Object.keys(newsSchema.shape),
      talkSchema: Object.keys(talkSchema.shape),
      pageSchema: Object.keys(pageSchema.shape),
      projectSchema: Object.keys(projectSchema.shape),
      siteSchema: Object.keys(siteSchema.shape),
      citationsSchema: Object.keys(citationsSchema.shape),
    });
  });
});

describe('reading fields from schema source', () => {
  const sources = {
    'common.ts': `import { z } from 'zod';
/** Old addresses. */
export const redirectFrom = z.array(z.string()).default([]);
export const text = (what: string) => z.string().min(1, { error: what });
`,
    'thing.ts': `import { z } from 'zod';
import { redirectFrom, text } from './common.ts';
/** A person. */
const personSchema = z.union([
  text('a name'),
  z.strictObject({
    /** The name, e.g. \`Ada\`. */
    name: text('a name'),
    /**
     * Their homepage,
     * if any.
     */
    url: z.string().optional(),
  }),
]);
/** A thing: one file in things/. */
export const thingSchema = z
  .strictObject({
    /** The title | with a bar. */
    title: text('the title'),
    /** Who made it. */
    people: z.array(personSchema).min(1),
    /** Where. */
    place: z.strictObject({
      /** The label. */
      short: text('x'),
      links: z.array(z.strictObject({ /** On the same line: not a doc comment. */ label: z.string() })).optional(),
    }).default({ short: 'x' }),
    count: z.int().positive().optional(),
    redirectFrom,
  })
  .refine(() => true);
`,
  };

  test('paths, whether required, and doc comments, nested objects, lists and unions included', () => {
    const { schemas, undocumented } = fieldReference(sources);
    assert.deepEqual(
      schemas.map(({ file, name, doc }) => ({ file, name, doc })),
      [{ file: 'thing.ts', name: 'thingSchema', doc: 'A thing: one file in things/.' }],
    );
    assert.deepEqual(
      schemas[0]?.fields.map(({ path, required, doc, source }) => [path, required, doc, source]),
      [
        ['title', 'yes', 'The title | with a bar.', 'thing.ts:20'],
        ['people', 'yes', 'Who made it.', 'thing.ts:22'],
        ['people[].name', 'yes', 'The name, e.g. `Ada`.', 'thing.ts:8'],
        ['people[].url', 'no', 'Their homepage, if any.', 'thing.ts:13'],
        ['place', "no (default `{ short: 'x' }`)", 'Where.', 'thing.ts:24'],
        ['place.short', 'yes', 'The label.', 'thing.ts:26'],
        ['place.links', 'no', '', 'thing.ts:27'],
        ['place.links[].label', 'yes', '', 'thing.ts:27'],
        ['count', 'no', '', 'thing.ts:29'],
        ['redirectFrom', 'no (default `[]`)', '', 'thing.ts:30'],
      ],
    );
    assert.deepEqual(undocumented, [
      'thing.ts:27 links',
      'thing.ts:27 label',
      'thing.ts:29 count',
      'thing.ts:30 redirectFrom',
    ]);
  });

  test('renders one table per schema, with | escaped', () => {
    const rendered = renderFieldReference(fieldReference(sources));
    assert.equal(
      rendered.split('\n').slice(0, 6).join('\n'),
      `## Thing

A thing: one file in things/. The schema: \`thingSchema\` in src/schemas/thing.ts.

| field | required | what to write |
| --- | --- | --- |`,
    );
    assert.ok(rendered.includes('| `title` | yes | The title \\| with a bar. |'));
  });

  test('only the text between the markers is replaced', () => {
    const page = `# Fields\n\nWritten by hand.\n\n${BEGIN_MARKER}\n\nold tables\n\n${END_MARKER}\n\nAlso by hand.\n`;
    assert.equal(
      withGenerated(page, 'new tables'),
      `# Fields\n\nWritten by hand.\n\n${BEGIN_MARKER}\n\nnew tables\n\n${END_MARKER}\n\nAlso by hand.\n`,
    );
    assert.ok(
      withGenerated(undefined, 'new tables').includes(
        `${BEGIN_MARKER}\n\nnew tables\n\n${END_MARKER}`,
      ),
    );
  });
});
