import { LOADER_CACHE_CONTROL, LOADER_SOURCE } from '@/lib/embed/loader';

/** The embed loader other sites include with `<script src=".../embed.js" async>` (see lib/embed/loader.ts). */
export function GET() {
  return new Response(LOADER_SOURCE, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': LOADER_CACHE_CONTROL,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
