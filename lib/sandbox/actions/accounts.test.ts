import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../testkit';

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
});
afterEach(() => sandbox.close());

const NEW_CLIENT = {
  firstname: 'Ada',
  lastname: "O'Neil",
  email: 'ada@example.net',
  address1: '12 Analytical Row',
  city: 'London',
  state: 'London',
  postcode: 'EC1A 1BB',
  country: 'GB',
  phonenumber: '+44.2071234567',
  password2: 'correct horse battery',
};

describe('AddClient', () => {
  it('creates an owning user and a client in the default currency', async () => {
    const { body } = await sandbox.call('AddClient', NEW_CLIENT);
    expect(body).toEqual({ result: 'success', clientid: 8, owner_id: 8 });
    const details = await sandbox.call('GetClientsDetails', { clientid: 8 });
    expect(details.body).toMatchObject({
      id: 8,
      firstname: 'Ada',
      lastname: 'O&#039;Neil',
      email: 'ada@example.net',
      country: 'GB',
      countryname: 'United Kingdom',
      currency: 1,
      currency_code: 'USD',
      status: 'Active',
    });
    const users = await sandbox.call('GetUsers', { search: 'ada@' });
    expect((users.body.users as { user: unknown[] }).user).toEqual([
      expect.objectContaining({ id: 8, email: 'ada@example.net', clients: [{ id: 8, isOwner: true }] }),
    ]);
  });

  it('takes a currency id and hashes the password (the new user can log in)', async () => {
    const { body } = await sandbox.call('AddClient', { ...NEW_CLIENT, currency: 2 });
    expect((await sandbox.call('GetClientsDetails', { clientid: String(body.clientid) })).body.currency_code).toBe('EUR');
    const stored = sandbox.db.prepare('SELECT password FROM users WHERE id = ?').get(body.owner_id) as { password: string };
    expect(stored.password).not.toContain('correct horse');
    expect(stored.password).toMatch(/^scrypt\$/);
    const login = await sandbox.call('ValidateLogin', { email: 'ADA@example.net', password2: 'correct horse battery' });
    expect(login.body).toMatchObject({ result: 'success', userid: body.owner_id, twoFactorEnabled: false });
  });

  it('falls back to the default currency for an unknown currency id', async () => {
    const { body } = await sandbox.call('AddClient', { ...NEW_CLIENT, currency: 42 });
    expect((await sandbox.call('GetClientsDetails', { clientid: String(body.clientid) })).body.currency_code).toBe('USD');
  });

  it.each([
    ['firstname', '', 'You did not enter your first name'],
    ['lastname', ' ', 'You did not enter your last name'],
    ['email', '', 'You did not enter your email address'],
    ['email', 'not-an-email', 'The email address you entered was not valid'],
    ['email', 'demo@example.com', 'A user already exists with that email address'],
    ['email', 'DEMO@EXAMPLE.COM', 'A user already exists with that email address'],
    ['phonenumber', '', 'You did not enter your phone number'],
    ['address1', '', 'You did not enter your address (line 1)'],
    ['city', '', 'You did not enter your city'],
    ['state', '', 'You did not enter your state'],
    ['postcode', '', 'You did not enter your postcode'],
    ['country', 'United Kingdom', 'Please enter a valid 2 character ISO country code'],
    ['country', 'XX', 'Please enter a valid 2 character ISO country code'],
    ['password2', '', 'You did not enter a password'],
  ])('refuses %s = %j with "%s"', async (field, value, message) => {
    const { body } = await sandbox.call('AddClient', { ...NEW_CLIENT, [field]: value });
    expect(body).toEqual({ result: 'error', message });
    expect((sandbox.db.prepare('SELECT COUNT(*) AS n FROM clients').get() as { n: number }).n).toBe(7);
  });

  it('reports only the first problem, in WHMCS order', async () => {
    const { body } = await sandbox.call('AddClient', { email: 'x' });
    expect(body.message).toBe('You did not enter your first name');
  });

  it('skips field checks with skipvalidation but still refuses a taken email', async () => {
    const ok = await sandbox.call('AddClient', { firstname: 'Min', email: 'min@example.net', password2: 'pw123456', skipvalidation: true });
    expect(ok.body.result).toBe('success');
    const taken = await sandbox.call('AddClient', { email: 'demo@example.com', skipvalidation: true });
    expect(taken.body.message).toBe('A user already exists with that email address');
  });
});

describe('ValidateLogin', () => {
  it('accepts the demo customer and returns a user id and a password hash', async () => {
    const { body } = await sandbox.call('ValidateLogin', { email: 'demo@example.com', password2: 'demo1234' });
    expect(body).toEqual({ result: 'success', userid: 1, passwordhash: expect.stringMatching(/^[0-9a-f]{64}$/), twoFactorEnabled: false });
  });

  it('reports two-factor users without completing the login', async () => {
    const { body } = await sandbox.call('ValidateLogin', { email: 'twofactor@example.com', password2: 'demo1234' });
    expect(body).toEqual({ result: 'success', userid: 4, twoFactorEnabled: true });
  });

  it.each([
    ['a wrong password', { email: 'demo@example.com', password2: 'demo12345' }],
    ['an unknown email', { email: 'nobody@example.com', password2: 'demo1234' }],
    ['no password', { email: 'demo@example.com' }],
  ])('refuses %s', async (_label, params) => {
    expect((await sandbox.call('ValidateLogin', params)).body).toEqual({ result: 'error', message: 'Email or Password Invalid' });
  });
});

describe('GetUsers', () => {
  it('finds users by the start of their email or name and lists their clients', async () => {
    const byEmail = await sandbox.call('GetUsers', { search: 'other@example.com' });
    expect(byEmail.body).toMatchObject({ result: 'success', totalresults: 1, startnumber: 0, numreturned: 1 });
    expect((byEmail.body.users as { user: unknown[] }).user).toEqual([
      {
        id: 2,
        firstname: 'Olivia',
        lastname: 'Other',
        email: 'other@example.com',
        datecreated: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
        validationdata: '',
        clients: [{ id: 2, isOwner: true }],
      },
    ]);
    const byName = await sandbox.call('GetUsers', { search: 'Tess Two' });
    expect((byName.body.users as { user: { id: number }[] }).user.map((u) => u.id)).toEqual([4]);
  });

  it('treats LIKE wildcards in the search literally and pages the rest', async () => {
    expect((await sandbox.call('GetUsers', { search: '%' })).body.totalresults).toBe(0);
    const page = await sandbox.call('GetUsers', { limitstart: 1, limitnum: 2 });
    expect(page.body).toMatchObject({ totalresults: 7, startnumber: 1, numreturned: 2 });
  });
});

describe('GetClientsDetails', () => {
  it('finds a client by id or email, with the details at the top and under client', async () => {
    const byId = await sandbox.call('GetClientsDetails', { clientid: 1 });
    expect(byId.body).toMatchObject({
      result: 'success',
      userid: 1,
      id: 1,
      firstname: 'Demo',
      lastname: 'Customer',
      companyname: 'Demo Shop Ltd',
      email: 'demo@example.com',
      country: 'US',
      currency: 1,
      currency_code: 'USD',
      status: 'Active',
      credit: '0.00',
    });
    expect(byId.body.client).toMatchObject({ id: 1, email: 'demo@example.com', currency_code: 'USD' });
    const byEmail = await sandbox.call('GetClientsDetails', { email: 'other@example.com' });
    expect(byEmail.body).toMatchObject({ id: 2, currency_code: 'EUR' });
  });

  it('answers Client Not Found, and asks for an id or email when given neither', async () => {
    expect((await sandbox.call('GetClientsDetails', { clientid: 77 })).body).toEqual({ result: 'error', message: 'Client Not Found' });
    expect((await sandbox.call('GetClientsDetails', { email: 'nobody@example.com' })).body.message).toBe('Client Not Found');
    expect((await sandbox.call('GetClientsDetails')).body.message).toBe('Either clientid Or email Is Required');
  });
});
