import { usesSandbox } from '@/lib/config/env';
import { handleApiRequest } from '@/lib/sandbox';

/**
 * The built-in sandbox's WHMCS API endpoint, at the path a real WHMCS uses. It exists only while
 * no real WHMCS is configured; the app itself calls the sandbox in-process, this is for curl,
 * other tools and anything that wants to talk to it over HTTP.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The caller's address as a proxy in front of us reports it; WHMCS logs it as the order IP. */
function remoteIp(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip')?.trim() || '127.0.0.1';
}

export async function POST(request: Request): Promise<Response> {
  if (!usesSandbox()) {
    return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const response = await handleApiRequest({
    method: request.method,
    contentType: request.headers.get('content-type'),
    body: new Uint8Array(await request.arrayBuffer()),
    remoteIp: remoteIp(request),
  });
  return new Response(response.body, { status: response.status, headers: response.headers });
}
