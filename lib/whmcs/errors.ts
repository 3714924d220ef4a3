/**
 * What can go wrong when talking to WHMCS, as types the app can branch on:
 * - WhmcsApiError: WHMCS understood the call and said no (`result: "error"`, or HTTP 400). The
 *   message is WHMCS's own text (e.g. `Email or Password Invalid`), so callers may match on it.
 * - WhmcsAuthError: our credentials or IP were refused (HTTP 401/403). Never retried: WHMCS counts
 *   each failure as a failed admin login and bans the IP after three.
 * - WhmcsUnavailableError: no usable answer (timeout, network, 5xx, a body that is not the JSON we
 *   expect). Safe to retry for read-only actions only.
 */
export class WhmcsError extends Error {
  override name = 'WhmcsError';
  constructor(
    message: string,
    /** The API action that failed, e.g. `AddOrder`. */
    readonly action: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class WhmcsApiError extends WhmcsError {
  override name = 'WhmcsApiError';
  constructor(
    action: string,
    message: string,
    /** 200 for an error inside the action, 400 for `Empty action request`. */
    readonly httpStatus: number = 200,
  ) {
    super(message, action);
  }
}

export class WhmcsAuthError extends WhmcsError {
  override name = 'WhmcsAuthError';
  constructor(
    action: string,
    message: string,
    readonly httpStatus: number,
  ) {
    super(message, action);
  }
}

export type UnavailableReason = 'timeout' | 'network' | 'http' | 'invalid-response';

export class WhmcsUnavailableError extends WhmcsError {
  override name = 'WhmcsUnavailableError';
  constructor(
    action: string,
    readonly reason: UnavailableReason,
    message: string,
    options?: { cause?: unknown; httpStatus?: number },
  ) {
    super(message, action, options);
    this.httpStatus = options?.httpStatus ?? null;
  }
  readonly httpStatus: number | null;
}
