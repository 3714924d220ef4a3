import type { AccentPalette } from '@/lib/shop/colour';
import type { EmbedTheme } from '../options';

/**
 * The embed's whole stylesheet, inlined: one request, no render-blocking CSS file, nothing the
 * host page can break. Colours are the storefront's (app/globals.css) so an embed looks like the
 * shop it links to; the accent palette is contrast-checked by lib/shop/colour.
 */

const LIGHT = '--bg:#ffffff;--fg:#0b0d12;--muted:#535a68;--line:#dfe2e8;--subtle:#f5f6f8';
const DARK = '--bg:#11141b;--fg:#eceef3;--muted:#a3a9b7;--line:#2a303c;--subtle:#171b24';

function themeVariables(theme: EmbedTheme, palette: AccentPalette): string {
  const light = `${LIGHT};--accent:${palette.accent};--on-accent:${palette.onAccent};--accent-text:${palette.accentText}`;
  const dark = `${DARK};--accent:${palette.accentDark};--on-accent:${palette.onAccentDark};--accent-text:${palette.accentTextDark}`;
  if (theme === 'light') return `:root{${light}}`;
  if (theme === 'dark') return `:root{${dark}}`;
  return `:root{${light}}@media (prefers-color-scheme:dark){:root{${dark}}}`;
}

// The body stays transparent so the card sits on the host page; 3px of padding keeps focus
// rings inside the iframe, which would otherwise clip them.
const BASE = [
  '*,*::before,*::after{box-sizing:border-box}',
  'html,body{margin:0;background:transparent}',
  "body{font:16px/1.5 ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:var(--fg);-webkit-text-size-adjust:100%}",
  'main{padding:3px}',
  'h1,h2,p,ul{margin:0}',
  '.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}',
  ':focus-visible{outline:2px solid var(--accent-text);outline-offset:2px}',
  '.card{display:flex;flex-direction:column;gap:16px;height:100%;padding:24px;background:var(--bg);border:1px solid var(--line);border-radius:16px}',
  '.name{font-size:1.125rem;font-weight:600;letter-spacing:-.01em}',
  '.features{list-style:none;padding:0;display:grid;gap:6px;font-size:.9375rem;color:var(--muted)}',
  ".features li{padding-left:22px;position:relative}.features li::before{content:'';position:absolute;left:2px;top:.45em;width:10px;height:5px;border:solid var(--accent-text);border-width:0 0 2px 2px;transform:rotate(-45deg)}",
  '.offer{display:grid;gap:4px;margin-top:auto}.offer[hidden]{display:none}',
  '.price{font-size:2rem;font-weight:650;letter-spacing:-.02em;font-variant-numeric:tabular-nums}',
  '.per{font-size:1rem;font-weight:500;color:var(--muted)}',
  '.small{font-size:.875rem;color:var(--muted);font-variant-numeric:tabular-nums}',
  '.save{display:inline-block;margin-left:6px;padding:0 8px;border-radius:999px;background:var(--accent);color:var(--on-accent);font-size:.75rem;font-weight:600;line-height:1.6}',
  '.note{font-size:.875rem;color:var(--muted)}',
  '.btn{display:flex;align-items:center;justify-content:center;min-height:44px;margin-top:12px;padding:0 20px;border-radius:10px;background:var(--accent);color:var(--on-accent);font-weight:600;text-decoration:none}',
  '.btn:hover{filter:brightness(1.08)}',
  '.out{margin-top:12px;font-weight:600;color:var(--muted)}',
  // The table's heading sits outside the cards, so the table brings its own background: a dark
  // table on a light page (or the reverse) stays readable.
  '.t{padding:20px 16px;background:var(--bg);border-radius:20px}',
  '.head{text-align:center;margin-bottom:16px}.head h1{font-size:1.25rem;font-weight:650}',
  '.plans{list-style:none;padding:0;display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(220px,1fr))}',
  '.na{padding:16px 20px;border:1px solid var(--line);border-radius:12px;background:var(--bg)}',
].join('');

/** The billing-cycle switcher's look (pricing tables with more than one cycle only). */
export const SWITCHER_CSS = [
  '.sw{border:0;margin:0 0 20px;padding:0;text-align:center}',
  '.sw>div{display:inline-flex;flex-wrap:wrap;justify-content:center;gap:4px;padding:4px;border:1px solid var(--line);border-radius:12px;background:var(--subtle)}',
  '.sw label{display:flex;align-items:center;min-height:40px;padding:0 12px;border-radius:8px;cursor:pointer;color:var(--muted);font-size:.875rem;font-weight:500}',
  '.sw label:has(:checked){background:var(--bg);color:var(--fg);box-shadow:0 1px 2px rgb(0 0 0/.12)}',
  '.sw label:has(:focus-visible){outline:2px solid var(--accent-text);outline-offset:2px}',
].join('');

export function embedStyles(theme: EmbedTheme, palette: AccentPalette, extra = ''): string {
  return themeVariables(theme, palette) + BASE + extra;
}
