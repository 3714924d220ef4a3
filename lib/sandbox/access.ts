import type { Db } from './rows';

/**
 * WHMCS's ban on API callers: three consecutive failed authentications from one IP ban it for 15
 * minutes (WHMCS's default), and a banned IP is refused before its credentials are even checked.
 * A success clears the count. Loopback callers are never banned, so tests and local tools that
 * probe wrong credentials on purpose cannot lock the shop's own in-process client out.
 */
const MAX_FAILED_LOGINS = 3;
const BAN_MS = 15 * 60_000;

function isLoopback(ip: string): boolean {
  return ip === '::1' || ip === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip) || /^::ffff:127\./i.test(ip);
}

export function isBanned(db: Db, ip: string, now: Date): boolean {
  return db.prepare('SELECT 1 FROM banned_ips WHERE ip = ? AND expires > ?').get(ip, now.getTime()) !== undefined;
}

/** Counts a failed authentication; the third in a row (within the ban window) bans the IP. */
export function recordFailedLogin(db: Db, ip: string, now: Date): void {
  if (isLoopback(ip)) return;
  const at = now.getTime();
  db.transaction(() => {
    const row = db.prepare('SELECT count, last_at FROM failed_logins WHERE ip = ?').get(ip) as { count: number; last_at: number } | undefined;
    const count = row && at - row.last_at < BAN_MS ? row.count + 1 : 1;
    if (count >= MAX_FAILED_LOGINS) {
      db.prepare('INSERT OR REPLACE INTO banned_ips (ip, reason, expires) VALUES (?, ?, ?)').run(ip, 'Failed API Login Attempts', at + BAN_MS);
      db.prepare('DELETE FROM failed_logins WHERE ip = ?').run(ip);
    } else {
      db.prepare('INSERT OR REPLACE INTO failed_logins (ip, count, last_at) VALUES (?, ?, ?)').run(ip, count, at);
    }
  }).immediate();
}

export function clearFailedLogins(db: Db, ip: string): void {
  db.prepare('DELETE FROM failed_logins WHERE ip = ?').run(ip);
}

/**
 * WHMCS's access control in front of authentication (decompiled WHMCS 7/8 API middleware, see
 * lib/whmcs/NOTES.md "Access control"): the IP allow-list of General Settings → Security, which
 * `configuration.php`'s `$api_access_key` bypasses when the caller sends it as `accesskey`, and the
 * API role of the credential, which lists the actions it may call.
 */
export interface ApiAccessPolicy {
  /** Lower-case actions the credential's API role allows; `null` allows every action. */
  allowedActions: ReadonlySet<string> | null;
  /** API IP Access Restriction: exact addresses, as WHMCS compares them; `null` lets anyone in. */
  allowedIps: readonly string[] | null;
  /** `$api_access_key`; `null` when configuration.php sets none. */
  accessKey: string | null;
}

/** The demo's policy: every action, from anywhere, so `npm start` just works. */
export const OPEN_ACCESS: ApiAccessPolicy = { allowedActions: null, allowedIps: null, accessKey: null };

/**
 * The refusal WHMCS gives a caller before looking at its credentials, or null to let it through:
 * a sent access key is compared when one is configured (a wrong one is refused, with no fallback
 * to the allow-list); otherwise the caller's IP must be on the list.
 */
export function networkRefusal(policy: ApiAccessPolicy, remoteIp: string, sentAccessKey: string): string | null {
  if (policy.accessKey !== null && sentAccessKey !== '') {
    return sentAccessKey === policy.accessKey ? null : 'Invalid Access Key';
  }
  if (policy.allowedIps === null || policy.allowedIps.includes(remoteIp)) return null;
  return `Invalid IP ${remoteIp}`;
}

/** WHMCS's answer to an action the role does not list, or null when it is allowed. */
export function permissionRefusal(policy: ApiAccessPolicy, action: string): string | null {
  if (policy.allowedActions === null || policy.allowedActions.has(action)) return null;
  return `Invalid Permissions: API action "${action}" is not allowed`;
}
