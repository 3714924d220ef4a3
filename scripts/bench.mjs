// `npm run bench`: measures the shop as a visitor's browser and a load generator see it.
// - Weight: for the catalogue pages and the embeds, the modern JavaScript they ship (gzip) and
//   their HTML size. Budgets come from the issues; a page over its JavaScript budget is marked and
//   the script exits 1.
// - Throughput: requests per second and latency of a static file from public/ (the fastest path
//   Next has: the reference), home, a group, a product, the four embeds, /cart and home in a chosen
//   currency (cookie `currency=EUR`), measured with autocannon, a load generator fast enough not to
//   be the bottleneck. The script itself does nothing else while autocannon runs.
// By default it builds and starts the production server on a throw-away sandbox.
// BENCH_URL=http://127.0.0.1:3000 benches a server that is already running (on the sandbox) instead.
// BENCH_SECONDS (default 5) sets how long each throughput run lasts; BENCH_SKIP_BUILD=1 reuses the build.
// - State: add-to-cart and cart-view throughput with the store on SQLite, then on a throw-away
//   PostgreSQL (DATABASE_URL, a second server of the same build); see lib/bench-state.mjs. Not with
//   BENCH_URL (the store of a server started elsewhere is not ours to fill).
import autocannon from 'autocannon';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchState } from './lib/bench-state.mjs';
import { startPostgres } from './lib/postgres.mjs';
import { ROOT, baseEnv, freePort, hasBuild, runNext, startNext } from './lib/server.mjs';

const distDir = '.next-bench';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 16;
const orders = Number(process.env.BENCH_ORDERS ?? 10);
const KB = 1024;

/**
 * The sandbox API credentials the bench reads the demo catalogue with: those of the server at
 * BENCH_URL (SANDBOX_API_IDENTIFIER/SANDBOX_API_SECRET, as that server was started with), or fresh
 * ones for our own server.
 */
const sandboxCredentials = process.env.BENCH_URL
  ? { identifier: process.env.SANDBOX_API_IDENTIFIER ?? '', secret: process.env.SANDBOX_API_SECRET ?? '' }
  : { identifier: 'hostfront-bench', secret: crypto.randomBytes(24).toString('hex') };

/** The server to measure: the one at BENCH_URL, or our own production build on a fresh sandbox. */
async function startServer() {
  if (process.env.BENCH_URL) {
    return { url: process.env.BENCH_URL.replace(/\/+$/, ''), stop: async () => {} };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-bench-'));
  const env = baseEnv({
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    DATA_DIR: dataDir,
    REVALIDATE_SECRET: crypto.randomBytes(24).toString('hex'),
    SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
    SANDBOX_API_IDENTIFIER: sandboxCredentials.identifier,
    SANDBOX_API_SECRET: sandboxCredentials.secret,
    // What several instances of one build share (the PostgreSQL run), fixed at build time.
    DEPLOYMENT_ID: process.env.DEPLOYMENT_ID ?? 'hostfront-bench',
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
  });
  if (process.env.BENCH_SKIP_BUILD !== '1' || !hasBuild(distDir)) await runNext(['build'], env);
  const server = await startNext({ port: await freePort(), env, log: 'ignore' });
  return {
    url: server.url,
    state: { env, dataDir },
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The state runs: on the server's SQLite store, then on a second server of the build on PostgreSQL.
 * Returns each store's results ({ throughput, order }, see lib/bench-state.mjs).
 */
async function stateRuns(server, starterPid) {
  const options = { seconds, connections, starterPid, orders };
  const distDir = path.join(ROOT, process.env.NEXT_DIST_DIR || '.next-bench');
  const runs = [await benchState({ url: server.url, dataDir: server.state.dataDir, distDir, label: 'SQLite' }, options)];
  const postgres = await startPostgres();
  const dataDir = path.join(server.state.dataDir, 'postgres-instance');
  const port = await freePort();
  // The first server's sandbox is this one's WHMCS, as for a second instance of a shop.
  const instance = await startNext({
    port,
    log: 'ignore',
    env: {
      ...server.state.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: postgres.url,
      WHMCS_API_URL: `${server.url}/includes/api.php`,
      WHMCS_API_IDENTIFIER: sandboxCredentials.identifier,
      WHMCS_API_SECRET: sandboxCredentials.secret,
      CATALOGUE_CONFIG: 'catalogue.sandbox.json',
    },
  });
  try {
    runs.push(await benchState({ url: instance.url, dataDir, databaseUrl: postgres.url, distDir, label: 'PostgreSQL' }, options));
  } finally {
    await instance.stop();
    await postgres.stop();
  }
  return runs;
}

async function get(url, headers = {}) {
  const res = await fetch(url, { headers, redirect: 'manual' });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

/** autocannon's figures for `seconds` of `connections` keep-alive connections hammering one URL. */
function load(url, headers) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * External scripts a modern browser loads, gzipped as a CDN would serve them. `nomodule` scripts
 * (Next's legacy polyfills) are skipped: modern browsers never download them.
 */
async function javascriptWeight(base, html) {
  const srcs = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
    .filter(Boolean);
  let gzip = 0;
  for (const src of new Set(srcs)) {
    const res = await get(new URL(src, base).href);
    gzip += zlib.gzipSync(res.body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return { files: new Set(srcs).size, gzip, inlineGzip: inline ? zlib.gzipSync(inline).length : 0 };
}

async function sandboxProducts(base) {
  const body = new URLSearchParams({ action: 'GetProducts', ...sandboxCredentials, responsetype: 'json' }).toString();
  const res = await fetch(`${base}/includes/api.php`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  if (!res.ok) throw new Error(`the sandbox API at ${base} answered ${res.status}: bench a shop running on the sandbox`);
  return (await res.json()).products.product;
}

/** The domain embeds as a marketing page would include them: the box with featured TLDs, every TLD's prices. */
const EMBED_DOMAIN_SEARCH = '/embed/domains/search?tlds=com,net,org';
const EMBED_DOMAIN_PRICES = '/embed/domains/prices';

/** What is measured: the pages with their JavaScript budgets, and the throughput runs. */
function plan(products) {
  const first = products[0];
  const productPath = new URL(first.product_url).pathname;
  const groupPath = productPath.split('/').slice(0, 3).join('/');
  const embedProduct = `/embed/product/${first.pid}`;
  const embedGroup = `/embed/group${groupPath.slice('/store'.length)}`;
  // Any file from public/: Next serves those straight from disk, the fastest path it has.
  const publicFile = fs.readdirSync(path.join(ROOT, 'public')).find((f) => /\.(svg|png|ico|txt)$/.test(f));
  if (!publicFile) throw new Error('public/ has no static file to compare against');
  return {
    weights: [
      { name: 'home', path: '/', jsBudget: 150 * KB },
      { name: 'group', path: groupPath, jsBudget: 150 * KB },
      { name: 'product', path: productPath, jsBudget: 185 * KB },
      // The configurator's budget (issue 11).
      { name: 'domain search', path: '/domains?query=fresh-idea', jsBudget: 185 * KB },
      { name: 'embed product', path: embedProduct, jsBudget: 15 * KB, extraJs: '/embed.js' },
      { name: 'embed group', path: embedGroup, jsBudget: 15 * KB, extraJs: '/embed.js' },
      { name: 'embed domain search', path: EMBED_DOMAIN_SEARCH, jsBudget: 15 * KB, extraJs: '/embed.js' },
      { name: 'embed domain prices', path: EMBED_DOMAIN_PRICES, jsBudget: 15 * KB, extraJs: '/embed.js' },
    ],
    runs: [
      { name: 'static file', path: `/${publicFile}` },
      { name: 'home', path: '/' },
      { name: 'home, currency=EUR cookie', path: '/', headers: { cookie: 'currency=EUR' } },
      { name: 'group', path: groupPath },
      { name: 'product', path: productPath },
      { name: 'embed product', path: embedProduct },
      { name: 'embed group', path: embedGroup },
      { name: 'embed domain search', path: EMBED_DOMAIN_SEARCH },
      { name: 'embed domain prices', path: EMBED_DOMAIN_PRICES },
      { name: 'cart (empty)', path: '/cart' },
    ],
  };
}

async function weightTable(base, weights) {
  const rows = [];
  let over = 0;
  for (const page of weights) {
    const res = await get(base + page.path);
    if (res.status !== 200) throw new Error(`${page.path} answered ${res.status}`);
    const html = res.body.toString('utf8');
    const js = await javascriptWeight(base, html);
    if (page.extraJs) js.gzip += zlib.gzipSync((await get(base + page.extraJs)).body).length;
    // An embed's inline resize script counts: it is all the JavaScript an embed runs.
    const totalJs = page.extraJs ? js.gzip + js.inlineGzip : js.gzip;
    const ok = totalJs <= page.jsBudget;
    if (!ok) over++;
    rows.push({
      page: `${page.name} ${page.path}`,
      'JS gzip / budget': `${(totalJs / KB).toFixed(1)} / ${(page.jsBudget / KB).toFixed(0)} KB ${ok ? 'ok' : 'OVER'}`,
      'JS files': js.files,
      HTML: `${(res.body.length / KB).toFixed(1)} KB (${(zlib.gzipSync(res.body).length / KB).toFixed(1)} KB gzip)`,
    });
  }
  return { rows, over };
}

async function throughputTable(base, runs) {
  const rows = [];
  let reference = null;
  for (const run of runs) {
    const url = base + run.path;
    // Warm every cache on the way (render cache, catalogue, file system) before measuring.
    const warm = await get(url, run.headers);
    if (warm.status !== 200) throw new Error(`${run.path} answered ${warm.status}`);
    const result = await load(url, run.headers);
    const rps = result.requests.average;
    reference ??= rps;
    const failed = result.non2xx + result.errors;
    rows.push({
      what: `${run.name} ${run.path}`,
      'req/s': Math.round(rps),
      'vs static': `${Math.round((rps / reference) * 100)}%`,
      'latency p50': `${result.latency.p50} ms`,
      'latency p99': `${result.latency.p99} ms`,
      'not 200': failed,
    });
  }
  return rows;
}

const server = await startServer();
try {
  const products = await sandboxProducts(server.url);
  const { weights, runs } = plan(products);
  const { rows, over } = await weightTable(server.url, weights);
  console.log('\nWeight (what a browser downloads):');
  console.table(rows);
  const load1 = os.loadavg()[0].toFixed(2);
  console.log(`\nThroughput: autocannon, ${connections} connections, ${seconds} s each, against ${server.url} (load average before: ${load1}, ${os.cpus().length} CPUs):`);
  console.table(await throughputTable(server.url, runs));
  if (server.state) {
    const starter = products.find((product) => product.name === 'Starter') ?? products[0];
    const stores = await stateRuns(server, Number(starter.pid));
    console.log(`\nState: the store on SQLite, then on PostgreSQL (autocannon, ${connections} connections, ${seconds} s each):`);
    console.table(stores.flatMap((store) => store.throughput));
    console.log(`\nPlace order: a signed-in customer's click on "Place order" until the payment step's heading shows, one order at a time:`);
    console.table(stores.map((store) => store.order));
  }
  console.log(over ? `\n${over} page(s) over their JavaScript budget.` : '\nAll pages within their JavaScript budget.');
  process.exitCode = over ? 1 : 0;
} finally {
  await server.stop();
}
