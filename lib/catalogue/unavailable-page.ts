/**
 * The page a visitor gets, with HTTP 503, when WHMCS cannot be reached and the shop has never
 * had a catalogue to fall back on. Plain HTML: it must not depend on anything that could be
 * failing too.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 60;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function unavailablePage({ shopName, accent, onAccent, retryPath }: { shopName: string; accent: string; onAccent: string; retryPath: string }): string {
  const name = escapeHtml(shopName);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<title>Back in a minute · ${name}</title>
<style>
  :root { color-scheme: light dark; --bg: #fff; --fg: #0b0d12; --muted: #535a68; }
  @media (prefers-color-scheme: dark) { :root { --bg: #0b0d12; --fg: #eceef3; --muted: #a3a9b7; } }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--bg); color: var(--fg);
    font: 16px/1.5 ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  main { max-width: 32rem; padding: 2rem 1.25rem; text-align: center; }
  h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .75rem; }
  p { color: var(--muted); margin: 0; }
  a { display: inline-flex; align-items: center; min-height: 44px; margin-top: 2rem; padding: 0 1rem; border-radius: .5rem;
    background: ${accent}; color: ${onAccent}; font-weight: 600; text-decoration: none; }
  a:focus-visible { outline: 2px solid var(--fg); outline-offset: 2px; }
</style>
</head>
<body>
<main>
  <p>${name}</p>
  <h1>We can’t reach our billing system right now</h1>
  <p>Our plans and prices come straight from it, so we would rather show you nothing than a wrong price. Please try again in a minute.</p>
  <a href="${escapeHtml(retryPath)}">Try again</a>
</main>
</body>
</html>`;
}

/** Only a path on this site may be the way back: never an absolute or protocol-relative URL. */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
