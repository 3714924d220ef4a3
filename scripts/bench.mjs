// `npm run bench`: builds and starts the production server on a throw-away sandbox, then prints for
// the catalogue pages (and the embeds, when present) the modern JavaScript they ship (gzip), their
// HTML size, and their requests per second relative to a static file served by the same server.
// Budgets come from the issues; a page over budget is marked and the script exits 1.
// BENCH_SECONDS (default 5) sets how long each throughput run lasts; BENCH_SKIP_BUILD=1 reuses the build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, baseEnv, freePort, hasBuild, runNext, startNext } from './lib/server.mjs';

const distDir = '.next-bench';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-bench-'));
const port = await freePort();
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = 16;
const KB = 1024;

const env = baseEnv({
  NODE_ENV: 'production',
  NEXT_DIST_DIR: distDir,
  DATA_DIR: dataDir,
  REVALIDATE_SECRET: crypto.randomBytes(24).toString('hex'),
  SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
  SANDBOX_API_IDENTIFIER: 'hostfront-bench',
  SANDBOX_API_SECRET: crypto.randomBytes(24).toString('hex'),
});
if (process.env.BENCH_SKIP_BUILD !== '1' || !hasBuild(distDir)) await runNext(['build'], env);
const server = await startNext({ port, env, log: 'ignore' });
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function get(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** Requests per second with `concurrency` keep-alive connections for `seconds`. */
async function throughput(url) {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const res = await get(url);
        if (res.status === 200) done++;
        else failed++;
      }
    }),
  );
  if (failed) console.warn(`  ${failed} non-200 answers from ${url}`);
  return done / seconds;
}

/**
 * External scripts a modern browser loads, gzipped as a CDN would serve them. `nomodule` scripts
 * (Next's legacy polyfills) are skipped: modern browsers never download them.
 */
async function javascriptWeight(html) {
  const srcs = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
    .filter(Boolean);
  let gzip = 0;
  for (const src of new Set(srcs)) {
    const res = await get(new URL(src, server.url).href);
    gzip += zlib.gzipSync(res.body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return { files: new Set(srcs).size, gzip, inlineGzip: inline ? zlib.gzipSync(inline).length : 0 };
}

async function sandboxProducts() {
  const body = new URLSearchParams({
    action: 'GetProducts',
    identifier: env.SANDBOX_API_IDENTIFIER,
    secret: env.SANDBOX_API_SECRET,
    responsetype: 'json',
  }).toString();
  const res = await fetch(`${server.url}/includes/api.php`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  return (await res.json()).products.product;
}

try {
  const products = await sandboxProducts();
  const first = products[0];
  const productPath = new URL(first.product_url).pathname;
  const groupPath = productPath.split('/').slice(0, 3).join('/');
  const pages = [
    { name: 'home', path: '/', jsBudget: 150 * KB, rpsShare: 0.5 },
    { name: 'group', path: groupPath, jsBudget: 150 * KB, rpsShare: 0.5 },
    { name: 'product', path: productPath, jsBudget: 185 * KB, rpsShare: 0.5 },
    { name: 'embed product', path: `/embed/product/${first.pid}`, jsBudget: 15 * KB, extraJs: '/embed.js', optional: true },
    { name: 'embed group', path: `/embed/group${groupPath.slice('/store'.length)}`, jsBudget: 15 * KB, extraJs: '/embed.js', optional: true },
  ];

  // Any file from public/: Next serves those straight from disk, the fastest path it has.
  const publicFile = fs.readdirSync(path.join(ROOT, 'public')).find((f) => /\.(svg|png|ico|txt)$/.test(f));
  if (!publicFile) throw new Error('public/ has no static file to compare against');
  const staticFile = `/${publicFile}`;
  for (const p of [...pages.map((p) => p.path), staticFile]) await get(server.url + p); // warm caches
  const staticRps = await throughput(server.url + staticFile);
  console.log(`\nstatic file ${staticFile}: ${staticRps.toFixed(0)} req/s (${concurrency} connections, ${seconds} s)\n`);

  const rows = [];
  let over = 0;
  for (const page of pages) {
    const res = await get(server.url + page.path);
    if (res.status !== 200) {
      if (page.optional) continue;
      throw new Error(`${page.path} answered ${res.status}`);
    }
    const html = res.body.toString('utf8');
    const js = await javascriptWeight(html);
    if (page.extraJs) {
      const extra = await get(server.url + page.extraJs);
      js.gzip += zlib.gzipSync(extra.body).length;
    }
    const totalJs = page.extraJs ? js.gzip + js.inlineGzip : js.gzip;
    const rps = await throughput(server.url + page.path);
    const share = rps / staticRps;
    const jsOk = totalJs <= page.jsBudget;
    const rpsOk = page.rpsShare === undefined || share >= page.rpsShare;
    if (!jsOk || !rpsOk) over++;
    rows.push({
      page: `${page.name} ${page.path}`,
      'JS gzip': `${(totalJs / KB).toFixed(1)} KB / ${(page.jsBudget / KB).toFixed(0)} KB ${jsOk ? 'ok' : 'OVER'}`,
      'JS files': js.files,
      'HTML': `${(res.body.length / KB).toFixed(1)} KB (${(zlib.gzipSync(res.body).length / KB).toFixed(1)} KB gzip)`,
      'req/s': rps.toFixed(0),
      'vs static': `${(share * 100).toFixed(0)}%${page.rpsShare ? ` / ${page.rpsShare * 100}% ${rpsOk ? 'ok' : 'UNDER'}` : ''}`,
    });
  }
  console.table(rows);
  console.log(over ? `\n${over} page(s) over budget.` : '\nAll pages within budget.');
  process.exitCode = over ? 1 : 0;
} finally {
  agent.destroy();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
