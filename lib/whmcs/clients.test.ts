import { describe, expect, it } from 'vitest';
import type { NewClient } from './types';
import {
  addClientResponse,
  createSsoTokenResponse,
  getClientsDetailsResponse,
  getUsersResponse,
  toAddClientParams,
  toCreateSsoTokenParams,
  validateLoginResponse,
} from './wire/clients';

describe('ValidateLogin answer', () => {
  it('reads the user id and 2FA flag and drops the password hash', () => {
    const login = validateLoginResponse.parse({ result: 'success', userid: 7, passwordhash: '$2y$10$abc', twoFactorEnabled: false });
    expect(login).toEqual({ userId: 7, twoFactorEnabled: false });
    expect(JSON.stringify(login)).not.toContain('$2y$');
  });

  it('reads ids as strings and 2FA as "1"/true', () => {
    expect(validateLoginResponse.parse({ result: 'success', userid: '7', twoFactorEnabled: '1' })).toEqual({ userId: 7, twoFactorEnabled: true });
    expect(validateLoginResponse.parse({ result: 'success', userid: 7, twoFactorEnabled: true }).twoFactorEnabled).toBe(true);
    expect(validateLoginResponse.parse({ result: 'success', userid: 7 }).twoFactorEnabled).toBe(false);
  });
});

describe('GetUsers answer', () => {
  const user = {
    id: 3,
    firstname: 'Zo&euml;',
    lastname: 'O&#039;Neil',
    email: 'zoe@example.com',
    datecreated: '2024-01-01 00:00:00',
    clients: [
      { id: 12, isOwner: true },
      { id: '14', isOwner: 0 },
    ],
  };
  const expected = [{ id: 3, firstName: 'Zoë', lastName: "O'Neil", email: 'zoe@example.com', clients: [{ id: 12, isOwner: true }, { id: 14, isOwner: false }] }];

  it('reads users.user[] (NOTES.md)', () => {
    expect(getUsersResponse.parse({ result: 'success', totalresults: 1, users: { user: [user] } })).toEqual(expected);
  });

  it('reads a bare users[] list too', () => {
    expect(getUsersResponse.parse({ result: 'success', totalresults: 1, users: [user] })).toEqual(expected);
  });

  it('reads no match (key missing) and a user with no clients', () => {
    expect(getUsersResponse.parse({ result: 'success', totalresults: 0 })).toEqual([]);
    expect(getUsersResponse.parse({ result: 'success', users: { user: [{ ...user, clients: [] }] } })[0]?.clients).toEqual([]);
  });
});

describe('AddClient', () => {
  const input: NewClient = {
    firstName: 'Ann',
    lastName: 'Example',
    email: 'ann@example.com',
    password: 'correct horse',
    address1: '1 Main St',
    city: 'Springfield',
    state: 'IL',
    postcode: '62701',
    country: 'us',
    phoneNumber: '+1.5555550100',
  };

  it('maps a new client to AddClient params (password as password2)', () => {
    expect(toAddClientParams(input, '203.0.113.9')).toEqual({
      firstname: 'Ann',
      lastname: 'Example',
      email: 'ann@example.com',
      password2: 'correct horse',
      address1: '1 Main St',
      city: 'Springfield',
      state: 'IL',
      postcode: '62701',
      country: 'US',
      phonenumber: '+1.5555550100',
      companyname: undefined,
      currency: undefined,
      clientip: '203.0.113.9',
    });
    expect(toAddClientParams({ ...input, companyName: 'ACME', currencyId: 2 })).toMatchObject({ companyname: 'ACME', currency: 2 });
  });

  it('sends a VAT number as tax_id, and nothing for a blank one', () => {
    expect(toAddClientParams({ ...input, taxId: ' FR12345678901 ' })).toMatchObject({ tax_id: 'FR12345678901' });
    expect(toAddClientParams({ ...input, taxId: '  ' }).tax_id).toBeUndefined();
    expect(toAddClientParams(input).tax_id).toBeUndefined();
  });

  it('reads the new client id and owner user id', () => {
    expect(addClientResponse.parse({ result: 'success', clientid: '18', owner_id: 9 })).toEqual({ clientId: 18, ownerUserId: 9 });
    expect(addClientResponse.parse({ result: 'success', clientid: 18 })).toEqual({ clientId: 18, ownerUserId: null });
  });
});

describe('GetClientsDetails answer', () => {
  const client = {
    userid: 12,
    id: 12,
    firstname: 'Ann',
    lastname: 'Example',
    companyname: 'Smith &amp; Sons',
    email: 'ann@example.com',
    countrycode: 'US',
    country: 'US',
    currency: 1,
    currency_code: 'USD',
    status: 'Active',
    state: 'Illinois',
    statecode: 'IL',
    tax_id: '',
    taxexempt: false,
  };

  it('reads the nested client, preferring it to the top-level copy', () => {
    const answer = { result: 'success', ...client, firstname: 'Old', client: { ...client, id: '12', currency: '2', currency_code: 'EUR' } };
    expect(getClientsDetailsResponse.parse(answer)).toEqual({
      id: 12,
      firstName: 'Ann',
      lastName: 'Example',
      companyName: 'Smith & Sons',
      email: 'ann@example.com',
      status: 'Active',
      currencyId: 2,
      currencyCode: 'EUR',
      country: 'US',
      state: 'Illinois',
      taxId: '',
      taxExempt: false,
    });
  });

  it('reads the tax fields however WHMCS spells them (taxexempt true, 1, "1"; tax_id missing on old versions)', () => {
    const read = (extra: object) => getClientsDetailsResponse.parse({ result: 'success', ...client, ...extra });
    expect(read({ tax_id: ' FR12345678901', taxexempt: true })).toMatchObject({ taxId: 'FR12345678901', taxExempt: true });
    expect(read({ taxexempt: 1 }).taxExempt).toBe(true);
    expect(read({ taxexempt: '0' }).taxExempt).toBe(false);
    const { tax_id: _taxId, taxexempt: _exempt, state: _state, ...older } = client;
    expect(getClientsDetailsResponse.parse({ result: 'success', ...older })).toMatchObject({ taxId: '', taxExempt: false, state: '' });
  });

  it('reads an older answer with only top-level fields and userid', () => {
    const { id: _id, ...older } = client;
    expect(getClientsDetailsResponse.parse({ result: 'success', ...older })).toMatchObject({ id: 12, currencyCode: 'USD' });
  });

  it('rejects an answer without any client id', () => {
    expect(getClientsDetailsResponse.safeParse({ result: 'success', firstname: 'Ann' }).success).toBe(false);
  });
});

describe('CreateSsoToken', () => {
  it('asks for a custom redirect into the client area', () => {
    expect(toCreateSsoTokenParams(12, 'viewinvoice.php?id=55')).toEqual({
      client_id: 12,
      destination: 'sso:custom_redirect',
      sso_redirect_path: 'viewinvoice.php?id=55',
    });
  });

  it('reads the redirect URL and drops the raw token', () => {
    const answer = { result: 'success', access_token: 'tok123', redirect_url: 'https://billing.example.com/oauth/singlesignon.php?access_token=tok123' };
    expect(createSsoTokenResponse.parse(answer)).toEqual({ redirectUrl: answer.redirect_url });
    expect(createSsoTokenResponse.parse({ result: 'success', redirect_url: '/sandbox/invoice/5?access_token=t' })).toEqual({
      redirectUrl: '/sandbox/invoice/5?access_token=t',
    });
    for (const unsafe of ['javascript:alert(1)', '//evil.example/x', '/\\evil.example', 'ftp://x.example/y', '']) {
      expect(createSsoTokenResponse.safeParse({ result: 'success', redirect_url: unsafe }).success).toBe(false);
    }
  });
});
