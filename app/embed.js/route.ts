import { env } from '@/lib/config/env';
import { LOADER_CACHE_CONTROL, loaderSource } from '@/lib/embed/loader';

/** The embed loader other sites include with `<script src=".../embed.js" async>` (see lib/embed/loader.ts). */
export function GET() {
  return new Response(loaderSource(env().EMBED_ALLOWED_ORIGINS), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': LOADER_CACHE_CONTROL,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
