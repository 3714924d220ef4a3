/**
 * An error an action answers with `{"result":"error","message":...}` (HTTP 200), exactly as
 * WHMCS words it. Thrown inside a transaction it also rolls the work back.
 */
export class ApiError extends Error {
  override name = 'ApiError';
}
