/**
 * The domain embeds' own rules, added to the shared embed stylesheet (styles.ts): the search
 * box's field and button, and the price table. Written by us, never from input.
 */
export const DOMAIN_CSS = [
  '.ds{display:grid;gap:10px;padding:20px 16px;background:var(--bg);border:1px solid var(--line);border-radius:16px}',
  '.ds label{font-size:1.125rem;font-weight:600;letter-spacing:-.01em}',
  '.ds .row{display:flex;flex-wrap:wrap;gap:8px}',
  // A 3:1 border against the background (WCAG non-text contrast), whatever the theme.
  '.ds input{flex:1 1 14rem;min-width:0;min-height:44px;padding:0 12px;border:1px solid var(--muted);border-radius:10px;background:var(--bg);color:var(--fg);font:inherit}',
  '.ds input::placeholder{color:var(--muted)}',
  '.ds .btn{flex:0 0 auto;margin-top:0;border:0;font:inherit;font-weight:600;cursor:pointer}',
  '.tld{font-weight:600;color:var(--fg)}',
  '.scroll{overflow-x:auto}',
  '.dt{width:100%;border-collapse:collapse;font-size:.9375rem;font-variant-numeric:tabular-nums}',
  '.dt th,.dt td{padding:10px 8px;text-align:right;white-space:nowrap;border-bottom:1px solid var(--line)}',
  '.dt tr>:first-child{text-align:left;padding-left:0}.dt tr>:last-child{padding-right:0}',
  '.dt thead th{font-size:.8125rem;font-weight:600;color:var(--muted)}',
  '.dt tbody tr:last-child>*{border-bottom:0}',
  '.tag{display:inline-block;margin-left:4px;padding:0 6px;border-radius:999px;background:var(--subtle);color:var(--accent-text);font-size:.75rem;font-weight:600;line-height:1.6}',
  '.t>.btn{width:max-content;max-width:100%;margin:16px auto 0}',
  '@media (max-width:380px){.dt{font-size:.875rem}.dt th,.dt td{padding:10px 5px}}',
].join('');
