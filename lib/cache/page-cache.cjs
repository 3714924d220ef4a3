// @ts-check
/**
 * Next.js's own file-system page cache, except that it never keeps a "not found" answer. Catalogue
 * pages are rendered on first visit and then kept (ISR), so without this every made-up address
 * (`/store/junk-1`, `/store/junk-2`, an unknown currency, their link-preview images) would be
 * rendered once and stored for good: anyone could fill the disk. Unknown addresses are rendered
 * again on each visit instead, which costs a little CPU and nothing on disk.
 * Named in next.config.js (`cacheHandler`).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next.js loads this CommonJS module by path
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

/**
 * Whether a cache entry is a "not found" page or route answer.
 * @param {unknown} data
 * @returns {boolean}
 */
function isNotFound(data) {
  return Boolean(data && typeof data === 'object' && 'status' in data && data.status === 404);
}

class PageCache extends FileSystemCache {
  /** @param {string} key @param {unknown} data @param {unknown} ctx */
  async set(key, data, ctx) {
    if (isNotFound(data)) return;
    return super.set(key, data, ctx);
  }
}

module.exports = PageCache;
module.exports.isNotFound = isNotFound;
