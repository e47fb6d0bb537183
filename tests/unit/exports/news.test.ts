import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toAtom } from '#lib/exports/feed.ts';
import { latestNews, newsFeedEntry } from '#lib/exports/news.ts';

/** Every character XML 1.0 allows; a feed holding any other no longer parses. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('a news item in /news.xml', () => {
  test('hostile body text stays text: the feed is well-formed XML and reads back as written', () => {
    const cases: [body: string, summary: string][] = [
      ['Accepted at MobiSys ]]> <!-- --> </title></entry><entry>', 'Accepted at MobiSys ]]>'],
      ['Tom & Jerry\'s "talk" at <b>noon</b>', 'Tom & Jerry\'s "talk" at noon'],
      ['A bell \u0007 and an escape \u001b[31m in it', 'A bell and an escape [31m in it'],
      ['[Our paper](/publications/melon/) is **out**', 'Our paper is out'],
    ];
    for (const [body, summary] of cases) {
      const entry = newsFeedEntry(
        { data: { date: '2024-05-01' }, body },
        'https://example.org/news/#news-x',
        'Ana Souza',
      );
      const xml = toAtom({
        title: 'News',
        feedUrl: 'https://example.org/news.xml',
        homeUrl: 'https://example.org/',
        author: 'Ana Souza',
        entries: [entry],
      });
      assert.equal(XMLValidator.validate(xml), true, body);
      assert.match(xml, XML_CHARS, body);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
        feed: { entry: { summary: string } | { summary: string }[] };
      };
      const entries = Array.isArray(feed.feed.entry) ? feed.feed.entry : [feed.feed.entry];
      assert.equal(entries.length, 1, `${body}: one entry, none injected`);
      assert.equal(String(entries[0]!.summary).replace(/\s+/g, ' '), summary, body);
    }
  });

  test('the About page takes the latest few, and says whether that is all', () => {
    assert.deepEqual(latestNews(['e', 'd', 'c', 'b', 'a'], 5), {
      entries: ['e', 'd', 'c', 'b', 'a'],
      isAll: true,
    });
    assert.deepEqual(latestNews(['f', 'e', 'd', 'c', 'b', 'a'], 5), {
      entries: ['f', 'e', 'd', 'c', 'b'],
      isAll: false,
    });
  });
});
