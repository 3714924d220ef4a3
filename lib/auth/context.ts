import 'server-only';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from './request-ip';

/** What the auth actions read from the request: the caller's IP, the currency they browsed in. */

export async function requestIp(): Promise<string | null> {
  return clientIpFromHeaders(await headers());
}

/** The currency code the visitor browsed in; null when they never chose (read by lib/visitor). */
export { chosenCurrencyCode as browsingCurrencyCode } from '@/lib/visitor';
