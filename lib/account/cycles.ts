const NO_RENEWAL = /^(one ?time|free( account)?)$/i;

/** Whether a WHMCS billing cycle ("Monthly", "One Time", "Free Account") renews at all. Browser-safe. */
export function renews(whmcsCycle: string): boolean {
  return !NO_RENEWAL.test(whmcsCycle.trim());
}
