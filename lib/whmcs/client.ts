import 'server-only';
import { httpBuildQuery } from '@/lib/php';
import type { RequestParams } from './encoding';
import { accessProblemFix, classifyAccessProblem } from './access-problems';
import { WhmcsApiError, WhmcsAuthError, WhmcsUnavailableError } from './errors';
import type { Transport, TransportResponse } from './transport';

/**
 * `call(action, params)`: one WHMCS API request with credentials, one time budget for the whole
 * call (retries for reads included), and every failure turned into a typed error. Answers come back as the raw JSON object; the
 * typed functions in api.ts validate and reshape them.
 */

export interface WhmcsCredentials {
  identifier: string;
  secret: string;
  accessKey?: string;
}

export interface CallOptions {
  /** Overrides the client's time budget for this call (all attempts and backoff together). */
  timeoutMs?: number;
}

export type WhmcsResponse = Record<string, unknown>;
export type CallFn = (action: string, params?: RequestParams, options?: CallOptions) => Promise<WhmcsResponse>;

export interface WhmcsClientConfig {
  transport: Transport;
  credentials: WhmcsCredentials;
  /** The most a call may take, retries and backoff included (WHMCS_TIMEOUT_MS). */
  timeoutMs: number;
  /** Extra attempts for read-only actions after an unavailable error. Default 2. */
  retries?: number;
  /** First backoff delay; doubles per retry, with jitter. Default 250 ms. */
  retryDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Milliseconds clock the time budget is measured with. */
  now?: () => number;
  /** Where a refusal of the shop itself (permission, IP, credentials) is reported, once per message. */
  log?: (message: string) => void;
}

export interface WhmcsClient {
  call: CallFn;
}

/**
 * Only reads are retried. Writes (AddOrder, AddClient, AcceptOrder, CreateSsoToken) may have
 * happened even when the answer was lost, and AddOrder has no idempotency key. ValidateLogin is a
 * read, but each failure counts as a failed login, so it is not retried either.
 */
function isRetryableAction(action: string): boolean {
  return /^get/i.test(action);
}

export function createWhmcsClient(config: WhmcsClientConfig): WhmcsClient {
  const {
    transport,
    credentials,
    retries = 2,
    retryDelayMs = 250,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random = Math.random,
    now = Date.now,
    log = (message) => console.error(message),
  } = config;

  // A refusal repeats on every page view until someone fixes WHMCS: the log says it once, with the fix.
  const reported = new Set<string>();
  function reportRefusal(error: WhmcsAuthError): void {
    if (reported.has(error.message)) return;
    reported.add(error.message);
    const problem = classifyAccessProblem(error.message);
    const fix = problem ? ` Fix: ${accessProblemFix(problem)}` : '';
    log(`[whmcs] WHMCS refused ${error.action} (HTTP ${error.httpStatus}): ${error.message}.${fix}`);
  }

  /** One request, given what is left of the call's budget (`timeoutMs` is the whole budget, for messages). */
  async function attempt(action: string, body: string, remainingMs: number, timeoutMs: number): Promise<WhmcsResponse> {
    const signal = AbortSignal.timeout(Math.max(1, remainingMs));
    let response: TransportResponse;
    try {
      // Race as well as pass the signal: a transport that ignores it must not hang the caller.
      response = await untilAborted(transport(body, signal), signal);
    } catch (cause) {
      if (signal.aborted) {
        throw new WhmcsUnavailableError(action, 'timeout', `WHMCS did not answer ${action} within ${timeoutMs} ms`, { cause });
      }
      throw new WhmcsUnavailableError(action, 'network', `Could not reach WHMCS for ${action}: ${describe(cause)}`, { cause });
    }
    return interpretResponse(action, response);
  }

  async function call(action: string, params: RequestParams = {}, options: CallOptions = {}): Promise<WhmcsResponse> {
    // Fixed keys last, so no param can replace the action or the credentials.
    const body = httpBuildQuery({
      ...params,
      action,
      identifier: credentials.identifier,
      secret: credentials.secret,
      accesskey: credentials.accessKey,
      responsetype: 'json',
    });
    const timeoutMs = options.timeoutMs ?? config.timeoutMs;
    const attempts = isRetryableAction(action) ? retries + 1 : 1;
    const started = now();
    for (let n = 1; ; n++) {
      try {
        return await attempt(action, body, timeoutMs - (now() - started), timeoutMs);
      } catch (error) {
        if (error instanceof WhmcsAuthError) reportRefusal(error);
        if (!(error instanceof WhmcsUnavailableError) || n >= attempts) throw error;
        // Exponential backoff with jitter in [50%, 100%] so parallel callers do not retry in step.
        const delay = retryDelayMs * 2 ** (n - 1) * (0.5 + random() / 2);
        // Retries share the call's one budget: no new attempt once it would start past it.
        if (now() - started + delay >= timeoutMs) throw error;
        await sleep(delay);
      }
    }
  }

  return { call };
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch wraps the useful part ("ECONNRESET", "ECONNREFUSED") in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function messageOf(json: unknown): string | null {
  return isRecord(json) && typeof json.message === 'string' && json.message.trim() !== '' ? json.message : null;
}

/** Maps an HTTP answer to the JSON object of a successful call, or to the right typed error. */
function interpretResponse(action: string, { status, body }: TransportResponse): WhmcsResponse {
  const json = parseJson(body);
  const message = messageOf(json);
  // Refusals of the caller, whatever status carries them (one public client meets `Invalid IP` on
  // HTTP 400): never the customer's fault, never an answer to show them.
  if (message !== null && status < 500 && (json as { result?: unknown }).result === 'error' && classifyAccessProblem(message)) {
    throw new WhmcsAuthError(action, message, status);
  }
  if (status === 401 || status === 403) {
    throw new WhmcsAuthError(action, messageOf(json) ?? `WHMCS refused the API credentials (HTTP ${status})`, status);
  }
  if (status === 400) {
    throw new WhmcsApiError(action, messageOf(json) ?? 'WHMCS rejected the request (HTTP 400)', 400);
  }
  if (status < 200 || status > 299) {
    throw new WhmcsUnavailableError(action, 'http', `WHMCS answered ${action} with HTTP ${status}`, { httpStatus: status });
  }
  if (!isRecord(json)) {
    throw new WhmcsUnavailableError(action, 'invalid-response', `WHMCS answered ${action} with something that is not a JSON object`, {
      httpStatus: status,
    });
  }
  // GetInvoice reports errors as `status: "error"` instead of `result`.
  if (json.result === 'error' || (json.result === undefined && json.status === 'error')) {
    throw new WhmcsApiError(action, messageOf(json) ?? 'WHMCS reported an error without a message');
  }
  if (json.result !== 'success') {
    throw new WhmcsUnavailableError(action, 'invalid-response', `WHMCS answered ${action} without a result`, { httpStatus: status });
  }
  return json;
}
