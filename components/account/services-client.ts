import type { ServicesPage } from '@/lib/account/services-page';

/** The browser side of GET /api/account/services. */
export const SERVICES_URL = '/api/account/services';

export class SignedOutError extends Error {
  override name = 'SignedOutError';
}

export async function fetchServices(url: string): Promise<ServicesPage> {
  const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (response.status === 401) throw new SignedOutError('Your session has ended.');
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as ServicesPage;
}
