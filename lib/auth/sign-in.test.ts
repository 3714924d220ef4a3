import { describe, expect, it, vi } from 'vitest';
import { WhmcsApiError, WhmcsUnavailableError } from '@/lib/whmcs/errors';
import type { LoginResult, NewClient, User } from '@/lib/whmcs/types';
import { memoryStoreDb } from '@/lib/store/test-databases';
import type { SignUpInput } from './forms';
import { createKnownSignIns } from './known-sign-ins';
import { PER_EMAIL, PER_PAIR } from './limits';
import { createRateLimiter } from './rate-limit';
import { chooseClient, INVALID_LOGIN_MESSAGE, signIn, type SignInDeps } from './sign-in';
import { signUp, toNewClient, type SignUpDeps } from './sign-up';

const demoUser: User = {
  id: 7,
  firstName: 'Dee',
  lastName: 'Mo',
  email: 'demo@example.com',
  clients: [
    { id: 9, isOwner: false },
    { id: 1, isOwner: true },
  ],
};

async function signInDeps(overrides: Partial<SignInDeps> = {}): Promise<SignInDeps> {
  const db = await memoryStoreDb();
  return {
    validateLogin: vi.fn(async (email: string, password: string): Promise<LoginResult> => {
      if (email === 'demo@example.com' && password === 'demo1234') return { userId: 7, twoFactorEnabled: false };
      throw new WhmcsApiError('ValidateLogin', 'Email or Password Invalid');
    }),
    getUsers: vi.fn(async () => [{ ...demoUser, id: 8, email: 'demo@example.com.au', clients: [{ id: 5, isOwner: true }] }, demoUser]),
    limiter: createRateLimiter(db),
    knownSignIns: createKnownSignIns(db),
    portalSignInUrl: null,
    ...overrides,
  };
}

describe('chooseClient', () => {
  it('prefers the client the user owns, else the first they may act for', () => {
    expect(chooseClient(demoUser)).toBe(1);
    expect(chooseClient({ clients: [{ id: 4, isOwner: false }, { id: 3, isOwner: false }] })).toBe(4);
    expect(chooseClient({ clients: [] })).toBeNull();
  });
});

describe('signIn', () => {
  it('signs in as the user ValidateLogin named, for their own client', async () => {
    const result = await signIn(await signInDeps(), { email: 'demo@example.com', password: 'demo1234', ip: '203.0.113.1' });
    expect(result).toEqual({ ok: true, session: { userId: 7, clientId: 1, email: 'demo@example.com', firstName: 'Dee' } });
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    const deps = await signInDeps();
    const wrong = await signIn(deps, { email: 'demo@example.com', password: 'nope', ip: null });
    const unknown = await signIn(deps, { email: 'who@example.com', password: 'nope', ip: null });
    expect(wrong).toEqual({ ok: false, reason: 'invalid', message: INVALID_LOGIN_MESSAGE, link: undefined });
    expect(unknown).toEqual(wrong);
  });

  it('after five failures from one place, refuses there without asking WHMCS, says how long to wait and offers a password reset', async () => {
    const deps = await signInDeps();
    for (let i = 0; i < PER_PAIR.maxFailures; i++) await signIn(deps, { email: 'demo@example.com', password: `guess${i}`, ip: '198.51.100.7' });
    const result = await signIn(deps, { email: 'demo@example.com', password: 'demo1234', ip: '198.51.100.7' });
    expect(result).toMatchObject({
      ok: false,
      reason: 'rate-limited',
      message: expect.stringMatching(/wait 15 minutes/),
      link: { href: '/reset-password', label: 'Reset your password' },
    });
    expect(deps.validateLogin).toHaveBeenCalledTimes(PER_PAIR.maxFailures);
  });

  it('a stranger failing from one place does not lock the owner out elsewhere', async () => {
    const deps = await signInDeps();
    for (let i = 0; i < 12; i++) await signIn(deps, { email: 'demo@example.com', password: `guess${i}`, ip: '203.0.113.66' });
    expect(await signIn(deps, { email: 'demo@example.com', password: 'demo1234', ip: '198.51.100.1' })).toMatchObject({ ok: true });
  });

  it('guesses spread over many addresses slow down exponentially, but not for the owner at a place they signed in from', async () => {
    let now = 1_000_000;
    const db = await memoryStoreDb();
    const deps = await signInDeps({ limiter: createRateLimiter(db, () => now), knownSignIns: createKnownSignIns(db, () => now) });
    // The owner signed in from home once.
    expect((await signIn(deps, { email: 'demo@example.com', password: 'demo1234', ip: '192.0.2.10' })).ok).toBe(true);
    for (let i = 0; i < PER_EMAIL.maxFailures; i++) {
      expect(await signIn(deps, { email: 'demo@example.com', password: `guess${i}`, ip: `203.0.113.${i}` })).toMatchObject({ reason: 'invalid' });
    }
    // The eleventh guess from yet another address must wait 30 s, the next 60 s, and so on.
    expect(await signIn(deps, { email: 'demo@example.com', password: 'x', ip: '203.0.113.100' })).toMatchObject({ reason: 'rate-limited' });
    now += 30_000;
    expect(await signIn(deps, { email: 'demo@example.com', password: 'x', ip: '203.0.113.101' })).toMatchObject({ reason: 'invalid' });
    now += 30_000;
    expect(await signIn(deps, { email: 'demo@example.com', password: 'x', ip: '203.0.113.102' })).toMatchObject({ reason: 'rate-limited' });
    now += 30_000;
    expect(await signIn(deps, { email: 'demo@example.com', password: 'x', ip: '203.0.113.103' })).toMatchObject({ reason: 'invalid' });
    // Meanwhile the owner at home signs in at once.
    expect(await signIn(deps, { email: 'demo@example.com', password: 'demo1234', ip: '192.0.2.10' })).toMatchObject({ ok: true });
  });

  it('a success clears the failures counted at that place', async () => {
    const deps = await signInDeps();
    for (let i = 0; i < 4; i++) await signIn(deps, { email: 'demo@example.com', password: 'bad', ip: '198.51.100.3' });
    expect((await signIn(deps, { email: 'demo@example.com', password: 'demo1234', ip: '198.51.100.3' })).ok).toBe(true);
    for (let i = 0; i < 4; i++) await signIn(deps, { email: 'demo@example.com', password: 'bad', ip: '198.51.100.3' });
    expect((await signIn(deps, { email: 'demo@example.com', password: 'demo1234', ip: '198.51.100.3' })).ok).toBe(true);
  });

  it('the right password of a two-factor account answers exactly like a wrong one, and counts as a failure', async () => {
    const twoFactor = vi.fn(async (_email: string, password: string): Promise<LoginResult> => {
      if (password === 'demo1234') return { userId: 7, twoFactorEnabled: true };
      throw new WhmcsApiError('ValidateLogin', 'Email or Password Invalid');
    });
    const deps = await signInDeps({ validateLogin: twoFactor, portalSignInUrl: 'https://billing.example.com/index.php?rp=/login' });
    const right = await signIn(deps, { email: 'demo@example.com', password: 'demo1234', ip: null });
    const wrong = await signIn(deps, { email: 'demo@example.com', password: 'nope', ip: null });
    expect(right).toEqual(wrong);
    expect(right).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringMatching(/two-factor authentication, sign in at the billing portal/),
      link: { href: 'https://billing.example.com/index.php?rp=/login', label: 'Sign in at the billing portal' },
    });
    expect(deps.getUsers).not.toHaveBeenCalled();
  });

  it('refuses a user who may not order for any client', async () => {
    const deps = await signInDeps({ getUsers: vi.fn(async () => [{ ...demoUser, clients: [] }]) });
    expect(await signIn(deps, { email: 'demo@example.com', password: 'demo1234', ip: null })).toMatchObject({ ok: false, reason: 'no-client' });
  });

  it('an outage is not the customer failing, and is not counted', async () => {
    const down = await signInDeps({
      validateLogin: vi.fn(async () => {
        throw new WhmcsUnavailableError('ValidateLogin', 'timeout', 'slow');
      }),
    });
    for (let i = 0; i < 8; i++) {
      expect(await signIn(down, { email: 'demo@example.com', password: 'demo1234', ip: null })).toMatchObject({ reason: 'unavailable' });
    }
  });
});

const signUpInput: SignUpInput = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  password: 'difference-engine',
  address1: '1 Analytical Way',
  city: 'London',
  state: 'Greater London',
  postcode: 'N1 1AA',
  country: 'GB',
  phoneNumber: '+44 20 7946 0000',
};

async function signUpDeps(overrides: Partial<SignUpDeps> = {}): Promise<SignUpDeps> {
  return {
    addClient: vi.fn(async (_input: NewClient) => ({ clientId: 42, ownerUserId: 77 })),
    getUsers: vi.fn(async () => []),
    limiter: createRateLimiter(await memoryStoreDb()),
    ...overrides,
  };
}

describe('signUp', () => {
  it('creates the client in the browsing currency and signs its owner in', async () => {
    const deps = await signUpDeps();
    const result = await signUp(deps, signUpInput, { ip: '203.0.113.5', currencyId: 2 });
    expect(result).toEqual({ ok: true, session: { userId: 77, clientId: 42, email: 'ada@example.com', firstName: 'Ada' } });
    expect(deps.addClient).toHaveBeenCalledWith({ ...toNewClient(signUpInput, 2), currencyId: 2 }, '203.0.113.5');
  });

  it("sends a business's VAT number as AddClient's tax id", async () => {
    const deps = await signUpDeps();
    await signUp(deps, { ...signUpInput, taxId: 'GB123456789' }, { ip: null });
    expect(deps.addClient).toHaveBeenCalledWith(expect.objectContaining({ taxId: 'GB123456789' }), undefined);
  });

  it("puts WHMCS's refusal on the field it is about", async () => {
    const deps = await signUpDeps({
      addClient: vi.fn(async () => {
        throw new WhmcsApiError('AddClient', 'A user already exists with that email address');
      }),
    });
    expect(await signUp(deps, signUpInput, { ip: null })).toMatchObject({ ok: false, reason: 'rejected', field: 'email' });
  });

  it('finds the owner by email on a WHMCS that does not name it', async () => {
    const deps = await signUpDeps({
      addClient: vi.fn(async () => ({ clientId: 42, ownerUserId: null })),
      getUsers: vi.fn(async () => [{ id: 78, firstName: 'Ada', lastName: 'L', email: 'ADA@example.com', clients: [{ id: 42, isOwner: true }] }]),
    });
    expect(await signUp(deps, signUpInput, { ip: null })).toMatchObject({ ok: true, session: { userId: 78, clientId: 42 } });
  });

  it('is rate limited per email and place after five refusals', async () => {
    const deps = await signUpDeps({
      addClient: vi.fn(async () => {
        throw new WhmcsApiError('AddClient', 'You did not enter your city');
      }),
    });
    for (let i = 0; i < 5; i++) await signUp(deps, signUpInput, { ip: '203.0.113.5' });
    expect(await signUp(deps, signUpInput, { ip: '203.0.113.5' })).toMatchObject({ ok: false, reason: 'rate-limited', field: null });
    expect(deps.addClient).toHaveBeenCalledTimes(5);
  });
});
