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
