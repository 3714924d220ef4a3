/**
 * Shared class lists, so buttons and fields look the same wherever they are built (links and
 * buttons, server and client components).
 */
export const container = 'mx-auto w-full max-w-6xl px-4 sm:px-6';

const buttonBase =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 text-sm font-semibold transition-colors disabled:cursor-not-allowed';

export const button = {
  primary: `${buttonBase} bg-accent text-on-accent hover:opacity-90 disabled:opacity-60`,
  secondary: `${buttonBase} border border-line-strong bg-surface text-fg hover:bg-subtle`,
  /** Looks like a button, is not one: "Sold out". */
  inert: `${buttonBase} border border-line bg-subtle text-muted`,
};

export const field = {
  label: 'block text-sm font-semibold text-fg',
  hint: 'mt-1 text-sm text-muted',
  input:
    'mt-1.5 block min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base text-fg placeholder:text-muted aria-[invalid=true]:border-danger',
  error: 'mt-1.5 text-sm font-medium text-danger',
};

export const card = 'rounded-2xl border border-line bg-surface';
