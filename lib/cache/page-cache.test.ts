import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const PageCache = require('./page-cache.cjs');
const { nodeFs } = require('next/dist/server/lib/node-fs-methods');

/** A rendered page as Next.js hands it to the cache. */
function page(status: number) {
  return { kind: 'APP_PAGE', html: '<html></html>', rscData: Buffer.from(''), headers: {}, postponed: undefined, status, segmentData: undefined };
}

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function cache() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
  return new PageCache({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [], maxMemoryCacheSize: 0 });
}

function files(): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.html'));
}

describe('the page cache', () => {
  it('stores a rendered page', async () => {
    await cache().set('/default/store/vps', page(200), { cacheControl: { revalidate: 300 } });
    expect(files()).toEqual([path.join('app', 'default', 'store', 'vps.html')]);
  });

  it('never stores a "not found" answer, so made-up addresses cannot fill the disk', async () => {
    const pages = cache();
    for (let i = 0; i < 5; i++) await pages.set(`/default/store/junk-${i}`, page(404), { cacheControl: { revalidate: 300 } });
    expect(files()).toEqual([]);
  });
});
