import { describe, expect, it } from 'vitest';
import { EMAIL_REFUSED_MESSAGE, mapAddClientError } from './signup-errors';

describe('mapAddClientError', () => {
  it.each([
    ['You did not enter your first name', 'firstName'],
    ['You did not enter your last name', 'lastName'],
    ['You did not enter your email address', 'email'],
    ['The email address you entered was not valid', 'email'],
    ['A user already exists with that email address', 'email'],
    ['A client already exists with that email address', 'email'],
    ['You did not enter your phone number', 'phoneNumber'],
    ['The phone number you entered is not valid', 'phoneNumber'],
    ['You did not enter your address (line 1)', 'address1'],
    ['You did not enter your city', 'city'],
    ['You did not enter your state', 'state'],
    ['You did not enter your postcode', 'postcode'],
    ['Please enter a valid 2 character ISO country code', 'country'],
    ['You did not enter a password', 'password'],
  ] as const)('%j goes on %s', (message, field) => {
    expect(mapAddClientError(message).field).toBe(field);
  });

  it('answers a taken address and a refused one in the same words, pointing to sign in and password reset', () => {
    const taken = mapAddClientError('A user already exists with that email address');
    expect(taken).toEqual({ field: 'email', message: EMAIL_REFUSED_MESSAGE });
    expect(mapAddClientError('A client already exists with that email address')).toEqual(taken);
    expect(mapAddClientError('The email address you entered was not valid')).toEqual(taken);
    expect(taken.message).toMatch(/use sign in or reset your password/);
    expect(taken.message).not.toMatch(/exists/);
  });

  it("keeps WHMCS's own words where they help most", () => {
    expect(mapAddClientError('The password you entered is not strong enough')).toEqual({
      field: 'password',
      message: 'The password you entered is not strong enough.',
    });
  });

  it('leaves an unknown message on the form, word for word', () => {
    expect(mapAddClientError('Registration is disabled')).toEqual({ field: null, message: 'Registration is disabled' });
    expect(mapAddClientError('  ').message).toBe('Your account could not be created.');
  });
});
