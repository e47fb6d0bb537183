import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { EntryFile } from '#lib/content/content-rules.ts';
import { projectPaperProblems } from '#lib/content/content-rules.ts';
import { missingImageProblems } from '#lib/content/site-plan.ts';
import { sortProjects } from '#lib/content/sort-entries.ts';
import { translator } from '#lib/i18n/i18n.ts';
import {
  formatProjectWhen,
  projectLinks,
  projectPapers,
  projectsOfPaper,
  projectWhenLine,
} from '#lib/projects/projects.ts';
import { projectSchema, type Project, type ProjectInput } from '../../../src/schemas/project.ts';

const project = (id: string, input: Partial<ProjectInput> = {}): EntryFile<Project> => ({
  id,
  path: `src/content/projects/${id}.mdx`,
  data: projectSchema.parse({ title: id, summary: 'What it does.', ...input }),
  body: '',
  source: '',
});

describe('formatProjectWhen', () => {
  const cases: [input: Partial<ProjectInput>, shown: string | undefined][] = [
    [{}, undefined],
    [{ status: 'archived' }, undefined],
    [{ start: 2021 }, '2021 – present'],
    [{ start: 2021, status: 'active' }, '2021 – present'],
    [{ start: 2021, status: 'completed' }, '2021'],
    [{ start: '2021-03', end: '2023-06' }, 'Mar 2021 – Jun 2023'],
    [{ start: 2022, end: 2022 }, '2022'],
    [{ end: 2020 }, '2020'],
  ];
  for (const [input, shown] of cases) {
    test(`${JSON.stringify(input)} → ${shown}`, () => {
      assert.equal(
        formatProjectWhen(projectSchema.parse({ title: 'T', summary: 'S', ...input })),
        shown,
      );
    });
  }
});

describe('projectWhenLine', () => {
  const cases: [code: string, input: Partial<ProjectInput>, shown: string | undefined][] = [
    ['en', {}, undefined],
    ['en', { status: 'archived' }, 'Archived'],
    ['en', { start: '2021-02', status: 'active' }, 'Feb 2021 – present · Active'],
    [
      'zh',
      { start: '2021-02', end: '2022-05', status: 'completed' },
      '2021年2月 – 2022年5月 · 已完成',
    ],
  ];
  for (const [code, input, shown] of cases) {
    test(`${code} ${JSON.stringify(input)} → ${shown}`, () => {
      assert.equal(
        projectWhenLine(
          projectSchema.parse({ title: 'T', summary: 'S', ...input }),
          translator(code),
        ),
        shown,
      );
    });
  }
});

describe('projectLinks', () => {
  test('code first, then demo, data and website by their interface names, then the owner’s own in order', () => {
    const links = projectSchema.parse({
      title: 'T',
      summary: 'S',
      links: {
        website: 'https://tidal.example.org/',
        data: '/files/traces.zip',
        code: 'https://github.com/x/tidal',
        demo: 'https://tidal.example.org/demo',
        extra: [{ label: 'Artifact', url: 'https://zenodo.org/records/1' }],
      },
    }).links;
    assert.deepEqual(projectLinks(links, translator('en')), [
      { kind: 'code', label: 'code', href: 'https://github.com/x/tidal' },
      { kind: 'extra', label: 'Demo', href: 'https://tidal.example.org/demo' },
      { kind: 'extra', label: 'Data', href: '/files/traces.zip' },
      { kind: 'extra', label: 'Website', href: 'https://tidal.example.org/' },
      { kind: 'extra', label: 'Artifact', href: 'https://zenodo.org/records/1' },
    ]);
    assert.deepEqual(projectLinks({}, translator('en')), []);
  });
});

describe('projects and papers', () => {
  const papers = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const tidal = project('tidal', { publications: ['c', 'a'] });
  const energy = project('energy', { publications: ['a'] });
  test('a project’s papers come in the project’s order', () => {
    assert.deepEqual(
      projectPapers(tidal.data.publications, papers).map((paper) => paper.id),
      ['c', 'a'],
    );
  });
  test('a paper lists every project that names it, in the projects’ order', () => {
    assert.deepEqual(
      projectsOfPaper('a', [tidal, energy]).map((entry) => entry.id),
      ['tidal', 'energy'],
    );
    assert.deepEqual(projectsOfPaper('b', [tidal, energy]), []);
  });
});

describe('the rules about projects', () => {
  test('an unknown paper id names the file, the field and its position', () => {
    const entries = {
      publications: [{ id: 'tidal-mobisys23' }] as EntryFile<never>[],
      projects: [project('tidal', { publications: ['tidal-mobisys23', 'tidal-mobisys24'] })],
    };
    assert.deepEqual(projectPaperProblems(entries as never), [
      'src/content/projects/tidal.mdx: publications[1]: "tidal-mobisys24" is not a paper of src/content/publications/; write a paper\'s file name without .mdx (e.g. "melon-mobisys22" for melon-mobisys22.mdx).',
    ]);
  });
  test('a project picture or post cover that is not beside the file names the file and the field', () => {
    assert.deepEqual(
      missingImageProblems(import.meta.dirname, [
        project('tidal', { image: './tidal.png' }),
        project('energy'),
        { path: 'src/content/posts/zh/jianjie.mdx', data: { image: './cover.jpg' } },
      ]),
      [
        'src/content/projects/tidal.mdx: image: "./tidal.png" is not a file beside it; put the picture in src/content/projects/ or correct the path (e.g. ./picture.png).',
        'src/content/posts/zh/jianjie.mdx: image: "./cover.jpg" is not a file beside it; put the picture in src/content/posts/zh/ or correct the path (e.g. ./picture.png).',
      ],
    );
  });
  test("a picture outside the entry's folder is refused even when the file exists; one in a folder beside it passes", () => {
    const root = mkdtempSync(join(tmpdir(), 'pictures-'));
    try {
      mkdirSync(join(root, 'src/content/posts/pictures'), { recursive: true });
      writeFileSync(join(root, 'secret.png'), 'png');
      writeFileSync(join(root, 'src/content/posts/pictures/cover.png'), 'png');
      assert.deepEqual(
        missingImageProblems(root, [
          { path: 'src/content/posts/a.mdx', data: { image: '../../../secret.png' } },
          { path: 'src/content/posts/b.mdx', data: { image: './pictures/cover.png' } },
        ]),
        [
          'src/content/posts/a.mdx: image: "../../../secret.png" lies outside src/content/posts/; keep the picture beside the file (e.g. ./picture.png) or in a folder beside it.',
        ],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  test('an SVG picture (which astro:assets would publish as it is, scripts included) is refused naming the file and the field', () => {
    assert.deepEqual(
      missingImageProblems(import.meta.dirname, [
        { path: 'src/content/posts/a.mdx', data: { image: './diagram.svg' } },
      ]),
      [
        'src/content/posts/a.mdx: image: "./diagram.svg" is not a picture the build can resize; save it as PNG, JPEG, WebP or AVIF (an SVG may carry scripts, and is not turned into AVIF and WebP).',
      ],
    );
  });
  test('an unknown status names the choices', () => {
    const result = projectSchema.safeParse({ title: 'T', summary: 'S', status: 'paused' });
    assert.equal(result.success, false);
    assert.match(result.error!.issues[0]!.message, /expected one of: active, completed, archived/);
  });
});

describe('sortProjects', () => {
  test('ongoing first, then by end and start, latest first; undated last, by title', () => {
    const entries = [
      project('old', { start: 2015, end: 2017 }),
      project('undated-b', { title: 'B' }),
      project('ongoing', { start: 2020 }),
      project('recent', { start: 2019, end: 2023 }),
      project('undated-a', { title: 'A' }),
    ];
    assert.deepEqual(
      sortProjects(entries).map((entry) => entry.id),
      ['ongoing', 'recent', 'old', 'undated-a', 'undated-b'],
    );
  });
});
