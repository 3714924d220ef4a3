import { afterEach, describe, expect, it } from 'vitest';
import { TEST_CREDENTIALS, createTestSandbox, formBody, toResult, type TestSandbox } from './testkit';

let sandbox: TestSandbox | undefined;
afterEach(() => sandbox?.close());

const CALLER = '198.51.100.9';
const request = (params: Record<string, string>) => formBody({ ...TEST_CREDENTIALS, responsetype: 'json', ...params });
const send = (box: TestSandbox, params: Record<string, string>, ip = CALLER) =>
  box.send('application/x-www-form-urlencoded', request(params), ip).then(toResult);

describe("WHMCS's API access control", () => {
  it('refuses an action the API role does not list, with WHMCS\'s words and HTTP 403', async () => {
    sandbox = createTestSandbox({ access: { allowedActions: new Set(['getproducts']), allowedIps: null, accessKey: null } });
    expect((await send(sandbox, { action: 'GetProducts' })).status).toBe(200);
    const refused = await send(sandbox, { action: 'GetPromotions' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ result: 'error', message: 'Invalid Permissions: API action "getpromotions" is not allowed' });
    // As WHMCS's json_encode writes it.
    expect(refused.raw).toContain('\\u0022getpromotions\\u0022');
    // An action that does not exist is not allowed either: the role is checked first.
    expect((await send(sandbox, { action: 'NoSuchAction' })).body.message).toBe('Invalid Permissions: API action "nosuchaction" is not allowed');
  });

  it('refuses a caller off the IP allow-list before looking at its credentials, without counting it towards a ban', async () => {
    sandbox = createTestSandbox({ access: { allowedActions: null, allowedIps: ['203.0.113.5'], accessKey: null } });
    expect((await send(sandbox, { action: 'GetCurrencies' }, '203.0.113.5')).status).toBe(200);
    for (let n = 0; n < 4; n++) {
      const refused = await send(sandbox, { action: 'GetCurrencies', secret: 'wrong' }, CALLER);
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({ result: 'error', message: `Invalid IP ${CALLER}` });
    }
    expect(sandbox.db.prepare('SELECT COUNT(*) AS n FROM banned_ips').get()).toEqual({ n: 0 });
  });

  it('lets the access key past the allow-list, refuses a wrong one, and ignores a key when none is configured', async () => {
    sandbox = createTestSandbox({ access: { allowedActions: null, allowedIps: [], accessKey: 'k3y!' } });
    expect((await send(sandbox, { action: 'GetCurrencies', accesskey: 'k3y!' })).status).toBe(200);
    const wrong = await send(sandbox, { action: 'GetCurrencies', accesskey: 'nope' });
    expect([wrong.status, wrong.body.message]).toEqual([403, 'Invalid Access Key']);
    expect((await send(sandbox, { action: 'GetCurrencies' })).body.message).toBe(`Invalid IP ${CALLER}`);
    sandbox.close();
    sandbox = createTestSandbox({ access: { allowedActions: null, allowedIps: [], accessKey: null } });
    expect((await send(sandbox, { action: 'GetCurrencies', accesskey: 'anything' })).body.message).toBe(`Invalid IP ${CALLER}`);
  });

  it('still bans after three failed authentications, and a banned IP is refused before the allow-list', async () => {
    sandbox = createTestSandbox({ access: { allowedActions: null, allowedIps: [CALLER], accessKey: null } });
    for (let n = 0; n < 3; n++) expect((await send(sandbox, { action: 'GetCurrencies', secret: 'wrong' })).body.message).toBe('Authentication Failed');
    expect((await send(sandbox, { action: 'GetCurrencies' })).body).toEqual({ result: 'error', message: 'IP Banned' });
  });
});

describe('wire fidelity', () => {
  it('reads the variables of a GET query string, as PHP\'s $_REQUEST does (the body wins a name both carry)', async () => {
    sandbox = createTestSandbox();
    const query = request({ action: 'GetCurrencies' });
    const viaGet = toResult(await sandbox.get(`?${query}`));
    expect([viaGet.status, viaGet.body.result]).toEqual([200, 'success']);
    expect(toResult(await sandbox.get(request({ action: 'GetCurrencies', secret: 'wrong' }))).status).toBe(403);
  });

  it('answers a list action in XML when responsetype=json is not sent, as WHMCS does', async () => {
    sandbox = createTestSandbox();
    const response = await sandbox.send('application/x-www-form-urlencoded', formBody({ ...TEST_CREDENTIALS, action: 'GetCurrencies' }));
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<whmcsapi version="9.0">\n<action>getcurrencies<\/action>\n<result>success<\/result>\n/);
    // One <currency> element per item inside <currencies>, like apiXMLOutput.
    expect(response.body.match(/<currency>/g)).toHaveLength(3);
    expect(response.body).toContain('<currencies>\n<currency>\n<id>1</id>\n');
    const products = await sandbox.send('application/x-www-form-urlencoded', formBody({ ...TEST_CREDENTIALS, action: 'GetProducts', responsetype: 'xml' }));
    // Text that htmlspecialchars would change goes into CDATA, decoded.
    expect(products.body).toMatch(/<description><!\[CDATA\[[^\]]*\]\]><\/description>|<description>[^<&]*<\/description>/);
    const json = await sandbox.send('application/x-www-form-urlencoded', formBody({ ...TEST_CREDENTIALS, action: 'GetClientsDetails', clientid: 1 }));
    expect(json.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('SANDBOX_WHMCS_VERSION', () => {
  const firstProduct = async (version: string) => {
    sandbox?.close();
    sandbox = createTestSandbox({ version });
    const result = await sandbox.call('GetProducts');
    return (result.body.products as { product: Record<string, unknown>[] }).product.find((p) => (p.configoptions as { configoption: unknown[] }).configoption.length > 0) as Record<string, unknown>;
  };

  it('answers GetProducts as 8.0 did: no slug, product_url, quantity fields; ids as strings', async () => {
    const old = await firstProduct('8.0');
    expect(old).not.toHaveProperty('slug');
    expect(old).not.toHaveProperty('product_url');
    expect(old).not.toHaveProperty('allowqty');
    expect(old).not.toHaveProperty('quantity_available');
    expect(typeof old.pid).toBe('string');
    const option = (old.configoptions as { configoption: Record<string, unknown>[] }).configoption[0];
    expect(option).not.toHaveProperty('minqty');
  });

  it('answers as the newest version by default, and 8.5 with slugs but no quantity fields', async () => {
    const newest = await firstProduct('9.0');
    expect(newest).toHaveProperty('product_url');
    expect(newest).toHaveProperty('allowqty');
    expect(typeof newest.pid).toBe('number');
    const middle = await firstProduct('8.5');
    expect(middle).toHaveProperty('slug');
    expect(middle).not.toHaveProperty('allowqty');
  });
});
