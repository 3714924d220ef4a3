import { config } from 'zod/v4/core';

/**
 * The Content-Security-Policy forbids eval. Zod compiles object parsers with `new Function` when
 * it may, and finds out by trying once, which the browser reports as a policy violation in the
 * console even though zod catches it. Jitless mode never tries. Browser only: the server has no
 * such policy. Imported for this effect by AccountMenu, which every page with a form has.
 */
if (typeof window !== 'undefined') config({ jitless: true });
