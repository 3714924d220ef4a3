import type { SignUpField } from './forms';

/**
 * AddClient answers with the first problem it finds, in WHMCS's words ("You did not enter your
 * city"). This puts each message on the field it is about, reworded for a customer where WHMCS's
 * text is written for an admin. A message it does not recognise stays a form-level error, word
 * for word, so nothing WHMCS says is lost.
 */
export interface MappedSignUpError {
  field: SignUpField | null;
  message: string;
}

export const EMAIL_REFUSED_MESSAGE =
  'We cannot create an account with this email address. If it is yours, use sign in or reset your password; otherwise use another email address.';

const RULES: { test: RegExp; field: SignUpField; message?: string }[] = [
  // Any refusal of the address (taken, or not allowed) gets the same words, so the form does not
  // confirm to a stranger that an address has an account: the form has already checked its shape.
  { test: /email/i, field: 'email', message: EMAIL_REFUSED_MESSAGE },
  { test: /first ?name/i, field: 'firstName', message: 'Enter your first name.' },
  { test: /last ?name|surname/i, field: 'lastName', message: 'Enter your last name.' },
  { test: /company/i, field: 'companyName' },
  { test: /phone/i, field: 'phoneNumber', message: 'Enter a valid phone number.' },
  { test: /address/i, field: 'address1', message: 'Enter your street address.' },
  { test: /city/i, field: 'city', message: 'Enter your city.' },
  { test: /state|region|province/i, field: 'state', message: 'Enter your state or region.' },
  { test: /post ?code|zip/i, field: 'postcode', message: 'Enter a valid postcode.' },
  { test: /country/i, field: 'country', message: 'Choose your country from the list.' },
  // "The password you entered is not strong enough" and the like: WHMCS's own words help most here.
  { test: /password/i, field: 'password' },
];

export function mapAddClientError(whmcsMessage: string): MappedSignUpError {
  const message = whmcsMessage.trim();
  const rule = RULES.find((candidate) => candidate.test.test(message));
  if (!rule) return { field: null, message: message || 'Your account could not be created.' };
  return { field: rule.field, message: rule.message ?? ensureSentence(message) };
}

function ensureSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
