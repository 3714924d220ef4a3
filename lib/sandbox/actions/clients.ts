import crypto from 'node:crypto';
import { countryName, isCountryCode } from '@/lib/geo/countries';
import { ymd, ymdHms } from '../dates';
import { ApiError } from '../errors';
import { decimal } from '../money';
import { hashPassword } from '../password';
import { clientCurrency, currencyById, defaultCurrency, type ClientRow, type Db, type UserRow } from '../rows';
import { exemptByVatNumber } from '../tax';
import { whmcsEncode } from '../text';
import { phpInt, phpTruthy, scalar, type Params } from '../wire/params';
import type { Action, ActionBody } from './context';

// The address syntax WHMCS's validator accepts: something@domain.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** checkDetailsareValid for the API, in its order; WHMCS answers with the first failure only. */
function firstDetailsError(db: Db, params: Params): string | null {
  const value = (name: string) => (scalar(params, name) ?? '').trim();
  if (!value('firstname')) return 'You did not enter your first name';
  if (!value('lastname')) return 'You did not enter your last name';
  const email = value('email');
  if (!email) return 'You did not enter your email address';
  if (!EMAIL.test(email)) return 'The email address you entered was not valid';
  if (db.prepare('SELECT 1 FROM users WHERE email = ?').get(whmcsEncode(email))) return 'A user already exists with that email address';
  if (!value('phonenumber')) return 'You did not enter your phone number';
  if (!value('address1')) return 'You did not enter your address (line 1)';
  if (!value('city')) return 'You did not enter your city';
  if (!value('state')) return 'You did not enter your state';
  if (!value('postcode')) return 'You did not enter your postcode';
  // The API's own wording for a country that is not an ISO 3166-1 alpha-2 code.
  if (!isCountryCode(value('country'))) return 'Please enter a valid 2 character ISO country code';
  if (!(scalar(params, 'password2') ?? '')) return 'You did not enter a password';
  return null;
}

/**
 * AddClient: a user (the login, owner of the client) and the client account. Text is stored
 * HTML-encoded like every WHMCS input; the password is hashed. `currency` picks the client's
 * currency (default currency when missing or unknown). `skipvalidation` skips the field checks
 * but never the unique-email one. `tax_id` is the VAT number: with WHMCS's EU VAT exemption on,
 * a business's number exempts the client from tax (Vat::setTaxExempt).
 */
export const addClient: Action = ({ db, params, now, remoteIp }) => {
  const field = (name: string) => whmcsEncode((scalar(params, name) ?? '').trim());
  const email = (scalar(params, 'email') ?? '').trim();
  if (phpTruthy(params.skipvalidation)) {
    if (db.prepare('SELECT 1 FROM users WHERE email = ?').get(whmcsEncode(email))) throw new ApiError('A user already exists with that email address');
  } else {
    const error = firstDetailsError(db, params);
    if (error) throw new ApiError(error);
  }
  const currency = currencyById(db, phpInt(params.currency)) ?? defaultCurrency(db);
  const created = ymdHms(now);
  // Hash before taking the write lock: scrypt is deliberately slow.
  const passwordHash = hashPassword(scalar(params, 'password2') ?? '');

  return db
    .transaction((): ActionBody => {
      // Checked again under the lock: another process may have added the same email meanwhile.
      if (db.prepare('SELECT 1 FROM users WHERE email = ?').get(whmcsEncode(email))) {
        throw new ApiError('A user already exists with that email address');
      }
      const userId = Number(
        db
          .prepare('INSERT INTO users (first_name, last_name, email, password, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(field('firstname'), field('lastname'), whmcsEncode(email), passwordHash, created)
          .lastInsertRowid,
      );
      const clientId = Number(
        db
          .prepare(
            `INSERT INTO clients (uuid, firstname, lastname, companyname, email, address1, address2, city, state, postcode,
               country, phonenumber, tax_id, taxexempt, currency, status, language, notes, groupid, ip, datecreated)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Active', ?, ?, ?, ?, ?)`,
          )
          .run(
            crypto.randomUUID(),
            field('firstname'),
            field('lastname'),
            field('companyname'),
            whmcsEncode(email),
            field('address1'),
            field('address2'),
            field('city'),
            field('state'),
            field('postcode'),
            field('country').toUpperCase(),
            field('phonenumber'),
            field('tax_id'),
            exemptByVatNumber(db, field('country').toUpperCase(), field('tax_id')) ? 1 : 0,
            currency.id,
            field('language'),
            field('notes'),
            phpInt(params.groupid),
            (scalar(params, 'clientip') ?? '').trim() || remoteIp,
            ymd(now),
          ).lastInsertRowid,
      );
      db.prepare('INSERT INTO user_clients (user_id, client_id, owner) VALUES (?, ?, 1)').run(userId, clientId);
      return { result: 'success', clientid: clientId, owner_id: userId };
    })
    .immediate();
};

function clientUsers(db: Db, clientId: number) {
  return db
    .prepare(
      `SELECT u.*, uc.owner FROM users u JOIN user_clients uc ON uc.user_id = u.id
        WHERE uc.client_id = ? ORDER BY uc.owner DESC, u.id ASC`,
    )
    .all(clientId) as (UserRow & { owner: number })[];
}

/** The client's details as getClientsDetails() builds them (numbers for ids, booleans for flags). */
function clientDetails(db: Db, client: ClientRow) {
  const users = clientUsers(db, client.id);
  const owner = users.find((user) => user.owner);
  const phoneDigits = client.phonenumber.replace(/^\+\d+\./, '');
  const callingCode = /^\+(\d+)\./.exec(client.phonenumber)?.[1];
  return {
    userid: client.id,
    client_id: client.id,
    id: client.id,
    owner_user_id: owner?.id ?? 0,
    uuid: client.uuid,
    firstname: client.firstname,
    lastname: client.lastname,
    fullname: `${client.firstname} ${client.lastname}`,
    companyname: client.companyname,
    email: client.email,
    address1: client.address1,
    address2: client.address2,
    city: client.city,
    fullstate: client.state,
    state: client.state,
    postcode: client.postcode,
    countrycode: client.country,
    country: client.country,
    phonenumber: phoneDigits,
    tax_id: client.tax_id,
    statecode: client.state,
    countryname: countryName(client.country),
    phonecc: callingCode ? Number(callingCode) : 0,
    phonenumberformatted: client.phonenumber,
    telephoneNumber: client.phonenumber,
    billingcid: 0,
    notes: client.notes,
    currency: client.currency,
    defaultgateway: '',
    cctype: '',
    cclastfour: '',
    gatewayid: '',
    groupid: client.groupid,
    status: client.status,
    credit: decimal(client.credit),
    taxexempt: Boolean(client.taxexempt),
    latefeeoveride: false,
    overideduenotices: false,
    separateinvoices: false,
    disableautocc: false,
    emailoptout: false,
    marketing_emails_opt_in: false,
    overrideautoclose: false,
    allowSingleSignOn: 1,
    email_verified: false,
    language: client.language,
    lastlogin: 'No Login Logged',
    currency_code: clientCurrency(db, client).code,
  };
}

/**
 * GetClientsDetails (`clientid` or `email`): the details at the top level and again under
 * `client`, with `currency_code` and the client's `users`.
 */
export const getClientsDetails: Action = ({ db, params }) => {
  const clientId = phpInt(params.clientid);
  const email = (scalar(params, 'email') ?? '').trim();
  if (!clientId && !email) throw new ApiError('Either clientid Or email Is Required');
  const client = (
    clientId
      ? db.prepare('SELECT * FROM clients WHERE id = ?').get(clientId)
      : db.prepare('SELECT * FROM clients WHERE email = ? ORDER BY id ASC LIMIT 1').get(whmcsEncode(email))
  ) as ClientRow | undefined;
  if (!client) throw new ApiError('Client Not Found');
  const details = clientDetails(db, client);
  const users = clientUsers(db, client.id).map((user) => ({
    id: user.id,
    name: `${user.first_name} ${user.last_name}`,
    email: user.email,
    is_owner: Boolean(user.owner),
  }));
  return { result: 'success', ...details, users: { user: users }, client: { ...details, users: { user: users } } };
};
