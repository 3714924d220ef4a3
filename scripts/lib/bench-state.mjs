// `npm run bench`, the state part: what the store database costs, on SQLite (the default) and on
// PostgreSQL (DATABASE_URL, several instances): add-to-cart (the cart's server action) and cart
// view (GET /cart of a filled cart) throughput, and the time of a place-order round trip through
// the sandbox (lib/bench-order.mjs). Carts are made up front in the database (through Kysely, as the shop writes them),
// so that no run hits the per-IP new-cart limit or a full cart.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { percentile, placeOrders } from './bench-order.mjs';

/** Carts the requests go round: far more room (50 items each) than a run can fill, so every request really adds an item. */
const CARTS = 400;

function openStore(target) {
  const dialect = target.databaseUrl
    ? new PostgresDialect({ pool: new pg.Pool({ connectionString: target.databaseUrl, max: 4 }) })
    : new SqliteDialect({ database: new Database(path.join(target.dataDir, 'storefront.sqlite')) });
  return new Kysely({ dialect });
}

/** `count` empty carts with fresh ids, as the shop's cookie names them. */
async function makeCarts(store, count) {
  const now = new Date().toISOString();
  const ids = Array.from({ length: count }, () => crypto.randomBytes(32).toString('base64url'));
  await store
    .insertInto('cart_carts')
    .values(ids.map((id) => ({ id, promo_code: null, created_at: now, updated_at: now })))
    .execute();
  return ids;
}

/** The id Next.js gave the cart's `addToCart` server action in this build. */
function addToCartActionId(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'));
  const entry = Object.entries(manifest.node ?? {}).find(
    ([, action]) => action.exportedName === 'addToCart' && String(action.filename ?? '').includes('components/cart/actions'),
  );
  if (!entry) throw new Error(`No addToCart server action in ${distDir}/server/server-reference-manifest.json`);
  return entry[0];
}

function run(options) {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

/** The request of the cart's "Add to cart" button for `starterPid` (monthly, with a domain), without the cart cookie. */
function addToCartRequest(target, starterPid) {
  return {
    method: 'POST',
    headers: { 'next-action': addToCartActionId(target.distDir), 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: target.url },
    body: JSON.stringify([
      { pid: starterPid, configuration: { cycle: 'monthly', options: {}, quantity: 1 }, domain: 'bench.example', customFields: {} },
    ]),
  };
}

/** `count` new carts holding one item each, put there by the add-to-cart action. */
async function filledCarts(store, target, addRequest, count) {
  const ids = await makeCarts(store, count);
  for (const id of ids) {
    const res = await fetch(`${target.url}/cart`, { ...addRequest, headers: { ...addRequest.headers, cookie: `cart=${id}` } });
    if (!res.ok) throw new Error(`Add to cart answered ${res.status}`);
  }
  return ids;
}

/**
 * Measures one running shop. `target`: { url, dataDir, databaseUrl?, distDir, label }.
 * `starterPid`: the product the carts are filled with. `orders`: how many place-order round trips
 * are timed. Returns the throughput rows and the place-order row.
 */
export async function benchState(target, { seconds, connections, starterPid, orders }) {
  const store = openStore(target);
  try {
    const carts = await makeCarts(store, CARTS);
    let next = 0;
    const cookieOfNextCart = (request) => ({ ...request, headers: { ...request.headers, cookie: `cart=${carts[next++ % carts.length]}` } });
    const addRequest = addToCartRequest(target, starterPid);
    const add = await run({
      url: `${target.url}/cart`,
      connections,
      duration: seconds,
      requests: [{ ...addRequest, setupRequest: cookieOfNextCart }],
    });
    const items = await store.selectFrom('cart_items').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const view = await run({ url: `${target.url}/cart`, connections, duration: seconds, requests: [{ setupRequest: cookieOfNextCart }] });
    // One more cart than timed orders: the first order warms the path.
    const { times, landedOn } = await placeOrders(target.url, await filledCarts(store, target, addRequest, orders + 1));
    const throughput = [
      {
        store: target.label,
        what: 'add to cart (server action)',
        'req/s': Math.round(add.requests.average),
        'latency p50': `${add.latency.p50} ms`,
        'latency p99': `${add.latency.p99} ms`,
        'not 2xx': add.non2xx + add.errors,
        'items stored': Number(items.n),
      },
      {
        store: target.label,
        what: 'cart view GET /cart',
        'req/s': Math.round(view.requests.average),
        'latency p50': `${view.latency.p50} ms`,
        'latency p99': `${view.latency.p99} ms`,
        'not 2xx': view.non2xx + view.errors,
        'items stored': '',
      },
    ];
    const ms = (value) => `${Math.round(value)} ms`;
    const order = {
      store: target.label,
      what: 'place order → payment step (Chromium)',
      orders: times.length,
      median: ms(percentile(times, 0.5)),
      p95: ms(percentile(times, 0.95)),
      slowest: ms(times[times.length - 1]),
      'lands on': landedOn,
    };
    return { throughput, order };
  } finally {
    await store.destroy();
  }
}
