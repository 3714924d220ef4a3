import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { processWide } from '@/lib/process-wide';

/**
 * Runs code on every HTTP request of this process as it arrives, before Next.js sees it: the
 * one place that can read the connection itself (route handlers and server actions see headers
 * only) and set a response header on every answer, static files and cached pages included.
 * instrumentation.ts installs the hooks at start-up; installing one twice keeps one.
 */
export type RequestHook = (request: IncomingMessage, response: ServerResponse) => void;

export function installRequestHook(name: string, hook: RequestHook): void {
  processWide('request-hooks', patchServer).set(name, hook);
}

/** Patches http.Server once per process to run the hooks; returns the (live) hook list. */
function patchServer(): Map<string, RequestHook> {
  const hooks = new Map<string, RequestHook>();
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithHooks(this: http.Server, event: string | symbol, ...args: unknown[]) {
    const [request, response] = args;
    if (event === 'request' && request instanceof http.IncomingMessage && response instanceof http.ServerResponse) {
      for (const run of hooks.values()) run(request, response);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  return hooks;
}
