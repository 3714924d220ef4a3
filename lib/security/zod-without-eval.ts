import { config } from 'zod/v4/core';

/**
 * The Content-Security-Policy forbids eval. Zod compiles object parsers with `new Function` when
 * it may, and finds out by trying once, which the browser reports as a policy violation in the
 * console even though zod catches it. Jitless mode never tries. Browser only: the server has no
 * such policy. Imported for this effect by every module whose zod schemas run in the browser
 * (the forms' schemas), so pages without them do not load zod for it.
 */
if (typeof window !== 'undefined') config({ jitless: true });
