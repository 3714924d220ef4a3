import { z } from 'zod';
import type { RequestParams } from '../encoding';
import type { Client, LoginResult, NewClient, User } from '../types';
import { countedListAnswer, wireCode, wireFlag, wireInt, wireIntOr, wireList, wireText } from './primitives';

/** Users, clients and sign-in: ValidateLogin, GetUsers, AddClient, GetClientsDetails, CreateSsoToken. */

/** `passwordhash` is deliberately not kept: nothing outside WHMCS needs it. */
export const validateLoginResponse = z
  .object({ userid: wireInt, twoFactorEnabled: wireFlag })
  .transform((wire): LoginResult => ({ userId: wire.userid, twoFactorEnabled: wire.twoFactorEnabled }));

const wireUser = z.object({
  id: wireInt,
  firstname: wireText,
  lastname: wireText,
  email: wireText,
  clients: wireList(z.object({ id: wireInt, isOwner: wireFlag }), 'client'),
});

export const getUsersResponse = countedListAnswer('users', 'user', z.object({ users: wireList(wireUser, 'user') }).transform(({ users }) =>
  users.map(
    (u): User => ({
      id: u.id,
      firstName: u.firstname,
      lastName: u.lastname,
      email: u.email,
      clients: u.clients.map((c) => ({ id: c.id, isOwner: c.isOwner })),
    }),
  ),
));

export function toAddClientParams(input: NewClient, clientIp?: string): RequestParams {
  return {
    firstname: input.firstName,
    lastname: input.lastName,
    email: input.email,
    password2: input.password,
    address1: input.address1,
    city: input.city,
    state: input.state,
    postcode: input.postcode,
    country: input.country.toUpperCase(),
    phonenumber: input.phoneNumber,
    companyname: input.companyName || undefined,
    currency: input.currencyId,
    tax_id: input.taxId?.trim() || undefined,
    clientip: clientIp || undefined,
  };
}

export const addClientResponse = z
  .object({
    clientid: wireInt,
    // The client's owning user, sent since WHMCS 8.0.
    owner_id: wireIntOr(null),
  })
  .transform((wire) => ({ clientId: wire.clientid, ownerUserId: wire.owner_id }));

const wireClient = z.object({
  id: wireIntOr(null),
  userid: wireIntOr(null),
  firstname: wireText,
  lastname: wireText,
  companyname: wireText,
  email: wireText,
  status: wireCode,
  currency: wireIntOr(0),
  currency_code: wireCode,
  countrycode: wireCode,
  country: wireCode,
  state: wireText,
  tax_id: wireText,
  taxexempt: wireFlag,
});

/** GetClientsDetails repeats the client at the top level and under `client`; the nested copy is newer. */
export const getClientsDetailsResponse = z
  .preprocess((raw) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const nested = (raw as { client?: unknown }).client;
    return typeof nested === 'object' && nested !== null && !Array.isArray(nested) ? { ...raw, ...nested } : raw;
  }, wireClient)
  .transform((wire, ctx): Client => {
    const id = wire.id ?? wire.userid;
    if (id === null) {
      ctx.addIssue({ code: 'custom', message: 'client id missing' });
      return z.NEVER;
    }
    return {
      id,
      firstName: wire.firstname,
      lastName: wire.lastname,
      companyName: wire.companyname,
      email: wire.email,
      status: wire.status,
      currencyId: wire.currency,
      currencyCode: wire.currency_code,
      country: (wire.countrycode || wire.country).toUpperCase(),
      state: wire.state.trim(),
      taxId: wire.tax_id.trim(),
      taxExempt: wire.taxexempt,
    };
  });

export function toCreateSsoTokenParams(clientId: number, redirectPath: string): RequestParams {
  return { client_id: clientId, destination: 'sso:custom_redirect', sso_redirect_path: redirectPath };
}

/** WHMCS gives an absolute URL; a root-relative path (a sandbox on our own origin) is as safe. */
const redirectUrl = z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/(?![/\\])/, 'expected a URL')]);

export const createSsoTokenResponse = z
  .object({ redirect_url: redirectUrl })
  .transform((wire) => ({ redirectUrl: wire.redirect_url }));
