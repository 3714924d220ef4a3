import { clearFailedLogins, isBanned, recordFailedLogin } from './access';
import { ACTIONS } from './actions';
import type { ActionBody } from './actions/context';
import { ApiError } from './errors';
import { createFaultsReader, type SandboxFaults } from './faults';
import { safeEqual } from './password';
import type { Db } from './rows';
import type { ApiHttpRequest, ApiHttpResponse } from './types';
import { parseRequestBody } from './wire/body';
import { phpJsonEncode } from './wire/json';
import { scalar, type Params } from './wire/params';

export interface SandboxHandlerOptions {
  db: Db;
  credentials: { identifier: string; secret: string };
  /** Path of the fault-injection file (sandbox-faults.json); read on every request. */
  faultsFile: string;
  /** Origin used in absolute URLs of answers (`product_url`, SSO `redirect_url`). */
  origin: string;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export type SandboxHandler = (request: ApiHttpRequest) => Promise<ApiHttpResponse>;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

function json(status: number, body: ActionBody): ApiHttpResponse {
  return { status, headers: { ...JSON_HEADERS }, body: phpJsonEncode(body) };
}

function html(status: number, title: string, message: string): ApiHttpResponse {
  return {
    status,
    headers: { ...HTML_HEADERS },
    body: `<!DOCTYPE html>\n<html><head><title>${status} ${title}</title></head><body><h1>${title}</h1><p>${message}</p></body></html>\n`,
  };
}

function authenticates(params: Params, expected: SandboxHandlerOptions['credentials']): boolean {
  const identifier = scalar(params, 'identifier') ?? scalar(params, 'username') ?? '';
  const secret = scalar(params, 'secret') ?? scalar(params, 'password') ?? '';
  // Both compared every time, so the answer takes as long whichever one is wrong.
  const identifierOk = safeEqual(identifier, expected.identifier);
  const secretOk = safeEqual(secret, expected.secret);
  return identifierOk && secretOk;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The variables authentication reads: WHMCS takes `identifier`/`secret` or `username`/`password`. */
const CREDENTIAL_VARIABLES: ReadonlySet<string> = new Set(['identifier', 'secret', 'username', 'password']);

/**
 * The sandbox's api.php: refuses a banned IP (HTTP 403 `IP Banned`), reads only the credentials
 * and authenticates like WHMCS (HTTP 403 on bad credentials, counted towards a ban), then parses
 * the rest of the body like PHP (nothing past 8 MB), answers 400 to an empty action, dispatches
 * actions case-insensitively ("Command Not Found" for the rest) and answers JSON whatever
 * `responsetype` says. Faults from the faults file are applied around the work so tests can make
 * the API fail, stall, or time out after committing.
 */
export function createSandboxHandler(options: SandboxHandlerOptions): SandboxHandler {
  const readFaults = createFaultsReader(options.faultsFile);
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? defaultSleep;

  return async (request) => {
    const faults: SandboxFaults | null = readFaults();
    if (faults?.delayMs) await sleep(faults.delayMs);
    if (faults?.unavailable) {
      return html(503, 'Service Unavailable', 'The server is temporarily unable to service your request due to maintenance downtime.');
    }

    if (isBanned(options.db, request.remoteIp, now())) return json(403, { result: 'error', message: 'IP Banned' });
    const credentials = await parseRequestBody(request.contentType, request.body, { only: CREDENTIAL_VARIABLES });
    if (!authenticates(credentials, options.credentials)) {
      recordFailedLogin(options.db, request.remoteIp, now());
      return json(403, { result: 'error', message: 'Authentication Failed' });
    }
    clearFailedLogins(options.db, request.remoteIp);

    const params = await parseRequestBody(request.contentType, request.body);

    const action = (scalar(params, 'action') ?? '').trim().toLowerCase();
    if (!action) return json(400, { result: 'error', message: 'Empty action request' });

    const fault = faults?.actions?.[action];
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.error !== undefined) return json(fault.httpStatus ?? 200, { result: 'error', message: fault.error });
    if (fault?.httpStatus) return html(fault.httpStatus, 'Error', 'The sandbox was told to fail this request.');

    const run = Object.prototype.hasOwnProperty.call(ACTIONS, action) ? ACTIONS[action] : undefined;
    if (!run) return json(200, { result: 'error', message: 'Command Not Found' });

    let body: ActionBody;
    try {
      body = run({ db: options.db, params, now: now(), remoteIp: request.remoteIp, origin: options.origin });
    } catch (error) {
      if (!(error instanceof ApiError)) {
        console.error(`[sandbox] ${action} failed`, error);
        return html(500, 'Internal Server Error', 'An unexpected error occurred.');
      }
      body = { result: 'error', message: error.message };
    }
    if (fault?.delayAfterCommitMs) await sleep(fault.delayAfterCommitMs);
    return json(200, body);
  };
}
