/**
 * What WHMCS's order form asks for a product of type `server` (a VPS or dedicated server), and
 * its rules: one reader for the configurator (in the browser) and the cart (on the server).
 * Pure, no dependencies.
 */

export interface ServerDetailsInput {
  hostname: string;
  rootPassword: string;
  ns1Prefix: string;
  ns2Prefix: string;
}

const MIN_ROOT_PASSWORD_LENGTH = 8;
export const MAX_ROOT_PASSWORD_LENGTH = 64;

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A host name as DNS allows it (`web01.example.com`): letters, digits, hyphens, labels of 1-63, at most 253. */
export function hostnameProblem(raw: string): string | null {
  const hostname = raw.trim().toLowerCase().replace(/\.$/, '');
  if (hostname === '') return 'Enter a hostname for the server, like server1.example.com.';
  if (hostname.length > 253 || !hostname.split('.').every((label) => LABEL.test(label))) {
    return 'A hostname has letters, digits and hyphens in parts separated by dots, like server1.example.com.';
  }
  if (!hostname.includes('.')) return 'Enter the full hostname, like server1.example.com.';
  return null;
}

/** A nameserver prefix (`ns1`): one DNS label. */
export function prefixProblem(raw: string, which: string, example: string): string | null {
  const prefix = raw.trim().toLowerCase();
  if (prefix === '') return `Enter the ${which} prefix, like ${example}.`;
  return LABEL.test(prefix) ? null : `The ${which} prefix is one word of letters, digits and hyphens, like ${example}.`;
}

export function rootPasswordProblem(password: string): string | null {
  if (password.length < MIN_ROOT_PASSWORD_LENGTH) return `The root password needs at least ${MIN_ROOT_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_ROOT_PASSWORD_LENGTH) return `The root password can have at most ${MAX_ROOT_PASSWORD_LENGTH} characters.`;
  if (/[\s'"\\]/.test(password)) return 'The root password cannot contain spaces, quotes or backslashes.';
  return null;
}

export type PasswordStrength = 'weak' | 'fair' | 'good' | 'strong';

/** How hard the password is to guess, roughly: length and the kinds of characters in it. */
export function passwordStrength(password: string): PasswordStrength {
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length;
  const repeated = /(.)\1{2,}/.test(password);
  const score = (password.length >= 12 ? 2 : password.length >= MIN_ROOT_PASSWORD_LENGTH ? 1 : 0) + (kinds >= 3 ? 1 : 0) + (kinds === 4 ? 1 : 0) - (repeated ? 1 : 0);
  return score >= 4 ? 'strong' : score === 3 ? 'good' : score === 2 ? 'fair' : 'weak';
}

/** Every problem of the details, keyed by field, with the message it shows. */
export function serverDetailsProblems(details: ServerDetailsInput): Partial<Record<keyof ServerDetailsInput, string>> {
  const problems: Partial<Record<keyof ServerDetailsInput, string>> = {};
  const hostname = hostnameProblem(details.hostname);
  if (hostname) problems.hostname = hostname;
  const password = rootPasswordProblem(details.rootPassword);
  if (password) problems.rootPassword = password;
  const ns1 = prefixProblem(details.ns1Prefix, 'first nameserver', 'ns1');
  if (ns1) problems.ns1Prefix = ns1;
  const ns2 = prefixProblem(details.ns2Prefix, 'second nameserver', 'ns2');
  if (ns2) problems.ns2Prefix = ns2;
  return problems;
}
