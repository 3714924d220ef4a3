import { describe, expect, it } from 'vitest';
import { parseSessionData } from './data';
import { safeNextPath, signInPath, signInReason } from './next-path';
import { belongsToSession, ownedBy } from './ownership';
import { isSameOriginPost } from './same-origin';

const alice = { userId: 7, clientId: 1, email: 'alice@example.com', firstName: 'Alice' };

describe('parseSessionData', () => {
  it('accepts exactly our shape', () => {
    expect(parseSessionData({ ...alice })).toEqual(alice);
  });
  it('treats an empty, partial or malformed cookie as no session', () => {
    expect(parseSessionData({})).toBeNull();
    expect(parseSessionData({ userId: 7, email: 'alice@example.com', firstName: 'A' })).toBeNull();
    expect(parseSessionData({ ...alice, clientId: '1' })).toBeNull();
    expect(parseSessionData({ ...alice, clientId: 0 })).toBeNull();
    expect(parseSessionData(null)).toBeNull();
  });
});

describe('safeNextPath', () => {
  it('keeps local paths with their query and hash', () => {
    expect(safeNextPath('/order/12')).toBe('/order/12');
    expect(safeNextPath('/account/services?status=Active&page=2')).toBe('/account/services?status=Active&page=2');
    expect(safeNextPath('/checkout#review')).toBe('/checkout#review');
  });
  it.each([
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['javascript:alert(1)'],
    ['/\t/evil.example'],
    ['/.//evil.example'],
    ['/..//evil.example'],
    ['/a/..//evil.example'],
    ['/./\\evil.example'],
    ['/%2e//evil.example'],
    ['/a/%2e%2e//evil.example'],
    ['/%2f%2fevil.example'],
    ['/%2F/evil.example'],
    ['/%5cevil.example'],
    ['/%5Cevil.example'],
    ['/\n/evil.example'],
    ['/\r\n//evil.example'],
    ['/%zz'],
    ['order/12'],
    [''],
  ])('refuses %j and falls back', (raw) => {
    expect(safeNextPath(raw)).toBe('/account/services');
    expect(safeNextPath(raw, '/checkout')).toBe('/checkout');
  });
  it('falls back when there is no value', () => {
    expect(safeNextPath(undefined)).toBe('/account/services');
    expect(safeNextPath(null, '/')).toBe('/');
  });
  it('normalises dot segments so they cannot climb out of the site', () => {
    expect(safeNextPath('/a/../../b')).toBe('/b');
  });
  it('builds a sign-in link that comes back', () => {
    expect(signInPath('/order/12')).toBe('/sign-in?next=%2Forder%2F12');
    expect(signInPath('//evil.example')).toBe('/sign-in?next=%2Faccount%2Fservices');
    expect(signInPath('/order/9', true)).toBe('/sign-in?next=%2Forder%2F9&required=1');
  });
  it('says why a page needs signing in', () => {
    expect(signInReason('/order/9')).toBe('Sign in to see this order.');
    expect(signInReason('/sandbox/invoice/3')).toBe('Sign in to see this invoice.');
    expect(signInReason('/account/services?status=Active')).toBe('Sign in to see your services and account.');
  });
});

describe('ownership', () => {
  it('a record belongs to the session of its client only', () => {
    expect(belongsToSession(alice, { clientId: 1 })).toBe(true);
    expect(belongsToSession(alice, { clientId: 2 })).toBe(false);
    expect(belongsToSession(null, { clientId: 1 })).toBe(false);
    expect(belongsToSession(alice, null)).toBe(false);
    expect(belongsToSession(alice, undefined)).toBe(false);
  });
  it('filters lists down to the client', () => {
    const records = [
      { id: 1, clientId: 1 },
      { id: 2, clientId: 2 },
      { id: 3, clientId: 1 },
    ];
    expect(ownedBy(alice, records).map((r) => r.id)).toEqual([1, 3]);
  });
});

describe('isSameOriginPost', () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it('accepts a post from our own origin', () => {
    expect(isSameOriginPost(headers({ origin: 'https://shop.example', host: 'shop.example' }))).toBe(true);
    expect(isSameOriginPost(headers({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBe(true);
  });
  it('uses the forwarded host behind a proxy', () => {
    expect(
      isSameOriginPost(headers({ origin: 'https://shop.example', host: 'internal:3000', 'x-forwarded-host': 'shop.example' })),
    ).toBe(true);
  });
  it('refuses other origins, a null origin and a missing one', () => {
    expect(isSameOriginPost(headers({ origin: 'https://evil.example', host: 'shop.example' }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: 'null', host: 'shop.example' }))).toBe(false);
    expect(isSameOriginPost(headers({ host: 'shop.example' }))).toBe(false);
    expect(isSameOriginPost(headers({ origin: 'not a url', host: 'shop.example' }))).toBe(false);
  });
});
