import { OPEN_ACCESS, clearFailedLogins, isBanned, networkRefusal, permissionRefusal, recordFailedLogin, type ApiAccessPolicy } from './access';
import { ACTIONS } from './actions';
import type { ActionBody } from './actions/context';
import { ApiError } from './errors';
import { createFaultsReader, type SandboxFaults } from './faults';
import { safeEqual } from './password';
import type { Db } from './rows';
import type { ApiHttpRequest, ApiHttpResponse } from './types';
import { parseRequestVariables } from './wire/body';
import { phpJsonEncode } from './wire/json';
import { answersInXml, phpXmlEncode } from './wire/xml';
import { NEWEST_WHMCS_VERSION, answerAsVersion } from './versions';
import { scalar, type Params } from './wire/params';

export interface SandboxHandlerOptions {
  db: Db;
  credentials: { identifier: string; secret: string };
  /** Path of the fault-injection file (sandbox-faults.json); read on every request. */
  faultsFile: string;
  /** Origin used in absolute URLs of answers (`product_url`, SSO `redirect_url`). */
  origin: string;
  /** API role, IP allow-list and access key (SANDBOX_API_*); every action from anywhere when absent. */
  access?: ApiAccessPolicy;
  /** The WHMCS version to answer as (SANDBOX_WHMCS_VERSION); the newest when absent. */
  version?: string;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export type SandboxHandler = (request: ApiHttpRequest) => Promise<ApiHttpResponse>;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

function json(status: number, body: ActionBody): ApiHttpResponse {
  return { status, headers: { ...JSON_HEADERS }, body: phpJsonEncode(body) };
}

const XML_HEADERS = { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' };

function xml(action: string, body: ActionBody, version: string): ApiHttpResponse {
  return { status: 200, headers: { ...XML_HEADERS }, body: phpXmlEncode(action, body, version) };
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

/**
 * The variables read before the caller is known: the access key (checked with the IP allow-list)
 * and the credentials (WHMCS takes `identifier`/`secret` or `username`/`password`).
 */
const ACCESS_VARIABLES: ReadonlySet<string> = new Set(['accesskey', 'identifier', 'secret', 'username', 'password']);

/**
 * The sandbox's api.php, in WHMCS's order: refuses a banned IP (HTTP 403 `IP Banned`), reads only
 * the access key and credentials, refuses an IP off the allow-list unless the access key is sent
 * (HTTP 403 `Invalid IP …` / `Invalid Access Key`), authenticates (HTTP 403 on bad credentials,
 * counted towards a ban), then reads the rest of the request like PHP's `$_REQUEST` (query string
 * and body, nothing past 8 MB), answers 400 to an empty action, 403 to an action the API role does
 * not allow, dispatches actions case-insensitively ("Command Not Found" for the rest) and answers
 * JSON, or XML for list actions asked without `responsetype=json`. Faults from the faults file are
 * applied around the work so tests can make the API fail, stall, or time out after committing.
 */
export function createSandboxHandler(options: SandboxHandlerOptions): SandboxHandler {
  const readFaults = createFaultsReader(options.faultsFile);
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? defaultSleep;
  const access = options.access ?? OPEN_ACCESS;
  const version = options.version ?? NEWEST_WHMCS_VERSION;

  return async (request) => {
    const faults: SandboxFaults | null = readFaults();
    if (faults?.delayMs) await sleep(faults.delayMs);
    if (faults?.unavailable) {
      return html(503, 'Service Unavailable', 'The server is temporarily unable to service your request due to maintenance downtime.');
    }

    if (isBanned(options.db, request.remoteIp, now())) return json(403, { result: 'error', message: 'IP Banned' });
    const credentials = await parseRequestVariables(request, { only: ACCESS_VARIABLES });
    const refused = networkRefusal(access, request.remoteIp, scalar(credentials, 'accesskey') ?? '');
    if (refused) return json(403, { result: 'error', message: refused });
    if (!authenticates(credentials, options.credentials)) {
      recordFailedLogin(options.db, request.remoteIp, now());
      return json(403, { result: 'error', message: 'Authentication Failed' });
    }
    clearFailedLogins(options.db, request.remoteIp);

    const params = await parseRequestVariables(request);

    const action = (scalar(params, 'action') ?? '').trim().toLowerCase();
    if (!action) return json(400, { result: 'error', message: 'Empty action request' });
    const forbidden = permissionRefusal(access, action);
    if (forbidden) return json(403, { result: 'error', message: forbidden });
    const answer = (body: ActionBody): ApiHttpResponse => {
      const shaped = answerAsVersion(action, body, version);
      return answersInXml(action, scalar(params, 'responsetype')) ? xml(action, shaped, version) : json(200, shaped);
    };

    const fault = faults?.actions?.[action];
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.error !== undefined) {
      const failure = { result: 'error', message: fault.error };
      return fault.httpStatus ? json(fault.httpStatus, failure) : answer(failure);
    }
    if (fault?.httpStatus) return html(fault.httpStatus, 'Error', 'The sandbox was told to fail this request.');

    const run = Object.prototype.hasOwnProperty.call(ACTIONS, action) ? ACTIONS[action] : undefined;
    if (!run) return answer({ result: 'error', message: 'Command Not Found' });

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
    return answer(body);
  };
}
