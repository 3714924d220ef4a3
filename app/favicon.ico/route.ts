import Icon from '../icon';

/**
 * /favicon.ico, which browsers ask for on their own (on every embed opened on its own too), so it
 * answers with the shop's icon (app/icon.tsx, a PNG: every browser takes one under this name)
 * instead of a 404 page.
 */
export function GET() {
  const icon = Icon();
  icon.headers.set('Cache-Control', 'public, max-age=86400');
  return icon;
}
