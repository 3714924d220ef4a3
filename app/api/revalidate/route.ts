import { revalidateTag } from 'next/cache';
import { CATALOGUE_TAG, forgetCatalogueFailure } from '@/lib/catalogue';
import { announceToOtherInstances, RELAYED_HEADER } from '@/lib/catalogue/instances';
import { presentedSecret, secretsMatch } from '@/lib/catalogue/revalidate-auth';
import { ConfigError } from '@/lib/config/env';
import { secret } from '@/lib/config/secrets';

/**
 * `POST /api/revalidate` with REVALIDATE_SECRET (as `Authorization: Bearer …` or
 * `x-revalidate-secret`): the catalogue is refetched from WHMCS on the next visit of any page,
 * for a WHMCS hook on product changes. A wrong or missing secret refreshes nothing. With several
 * instances on one database (DATABASE_URL), every other instance revalidates too, within seconds.
 */
export async function POST(request: Request) {
  let expected: string;
  try {
    expected = secret('REVALIDATE_SECRET');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return Response.json({ revalidated: false, error: 'REVALIDATE_SECRET is not configured.' }, { status: 503 });
  }
  const presented = presentedSecret(request.headers);
  if (!presented || !secretsMatch(presented, expected)) {
    return Response.json(
      { revalidated: false, error: 'Missing or wrong secret.' },
      { status: 401, headers: { 'www-authenticate': 'Bearer' } },
    );
  }
  // Expire at once rather than stale-while-revalidate: the caller says the data just changed.
  revalidateTag(CATALOGUE_TAG, { expire: 0 });
  // WHMCS is evidently up: do not wait out a retry pause left by an earlier failure.
  forgetCatalogueFailure();
  if (!request.headers.has(RELAYED_HEADER)) await announceToOtherInstances();
  return Response.json({ revalidated: true, tag: CATALOGUE_TAG, at: new Date().toISOString() });
}
