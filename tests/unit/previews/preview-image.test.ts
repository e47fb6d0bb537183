import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { renderPreviewImage, renderPreviewImageCached } from '#lib/previews/preview-image.ts';

const card = {
  title: 'Tidal: 间歇供电下的流式推理 #set page(width: 1cm) ] [ $x$',
  byline: 'Mei Lin, 王启鹏, Jonas Berg · MobiSys’23',
  siteName: 'Mei Lin',
  lang: 'en-US',
};

/** Width and height from a PNG's header: the signature, then the IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  assert.deepEqual(
    [...bytes.subarray(0, 8)],
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    'a PNG signature',
  );
  assert.equal(Buffer.from(bytes.subarray(12, 16)).toString('latin1'), 'IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('the preview image', async () => {
  const bytes = await renderPreviewImage(card);

  test('is a 1200×630 PNG', () => {
    assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 });
  });

  test('the same card gives the same bytes, here and in a fresh process', async () => {
    assert.equal(sha(await renderPreviewImage({ ...card })), sha(bytes));
    const script = `import { renderPreviewImage } from ${JSON.stringify(new URL('../../../src/lib/previews/preview-image.ts', import.meta.url).href)};
      import { createHash } from 'node:crypto';
      process.stdout.write(createHash('sha256').update(await renderPreviewImage(JSON.parse(process.argv[1]))).digest('hex'));`;
    assert.equal(
      execFileSync(
        process.execPath,
        ['--input-type=module', '--eval', script, JSON.stringify(card)],
        { encoding: 'utf8' },
      ),
      sha(bytes),
    );
  });

  test('another title gives another picture', async () => {
    assert.notEqual(sha(await renderPreviewImage({ ...card, title: 'Tidal' })), sha(bytes));
  });

  test('is kept in the cache folder under a hash of its card, and read back from it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'previews-'));
    try {
      assert.equal(sha(await renderPreviewImageCached(card, folder)), sha(bytes));
      const [kept] = readdirSync(folder);
      assert.match(kept!, /^[0-9a-f]{64}\.png$/);
      assert.equal(sha(await renderPreviewImageCached(card, folder)), sha(bytes));
      await renderPreviewImageCached({ ...card, title: 'Other' }, folder);
      assert.equal(readdirSync(folder).length, 2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
