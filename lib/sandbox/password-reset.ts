import crypto from 'node:crypto';
import { hashPassword } from './password';
import type { Db, UserRow } from './rows';
import { whmcsDecode } from './text';

/**
 * The sandbox's stand-in for WHMCS's password reset: ResetPassword "sends" WHMCS's email by
 * recording it in an outbox (shown at /sandbox/mail), with a link to a page where the new
 * password is set (WHMCS's own client area does this on a real install). A link works once, for
 * an hour, and only the latest link of a user works.
 */

const TABLES = `
  CREATE TABLE IF NOT EXISTS sandbox_mail (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    to_email TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT NOT NULL,
    sent_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS sandbox_password_resets (
    token TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE,
    expires_at INTEGER NOT NULL
  );
`;

const prepared = new WeakSet<Db>();
function ready(db: Db): Db {
  if (!prepared.has(db)) {
    db.exec(TABLES);
    prepared.add(db);
  }
  return db;
}

const LINK_TTL_MS = 60 * 60_000;
export const RESET_LINK_PREFIX = '/sandbox/password-reset/';

export interface SandboxMail {
  id: number;
  to: string;
  subject: string;
  body: string;
  /** The path of the link in the email. */
  link: string;
  sentAt: string;
}

/** Starts a reset for `user`: a fresh link (replacing any earlier one) and the email carrying it. */
export function sendPasswordReset(db: Db, user: UserRow, now: Date): void {
  ready(db);
  const token = crypto.randomBytes(24).toString('base64url');
  const link = `${RESET_LINK_PREFIX}${token}`;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO sandbox_password_resets (token, user_id, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, expires_at = excluded.expires_at`,
    ).run(token, user.id, now.getTime() + LINK_TTL_MS);
    db.prepare('INSERT INTO sandbox_mail (to_email, subject, body, link, sent_at) VALUES (?, ?, ?, ?, ?)').run(
      whmcsDecode(user.email),
      'Password Reset Confirmation',
      `Dear ${whmcsDecode(user.first_name)},\n\nRecently a request was submitted to reset your password for our client area. ` +
        'If you did not request this, please ignore this email. It will expire and become useless in 1 hour.\n\n' +
        'To reset your password, please follow the link in this email.',
      link,
      now.toISOString(),
    );
  })();
}

/** The outbox, newest first. */
export function listMail(db: Db, limit = 50): SandboxMail[] {
  const rows = ready(db)
    .prepare('SELECT id, to_email, subject, body, link, sent_at FROM sandbox_mail ORDER BY id DESC LIMIT ?')
    .all(limit) as { id: number; to_email: string; subject: string; body: string; link: string; sent_at: string }[];
  return rows.map((row) => ({ id: row.id, to: row.to_email, subject: row.subject, body: row.body, link: row.link, sentAt: row.sent_at }));
}

/** Whether a reset link is still good (for the page that shows the form). */
export function isResetTokenValid(db: Db, token: string, now: Date): boolean {
  return ready(db).prepare('SELECT 1 FROM sandbox_password_resets WHERE token = ? AND expires_at > ?').get(token, now.getTime()) !== undefined;
}

/** Sets the new password and uses the link up; false when the link is unknown, used or expired. */
export function redeemPasswordReset(db: Db, token: string, newPassword: string, now: Date): boolean {
  ready(db);
  return db.transaction(() => {
    const reset = db
      .prepare('SELECT user_id FROM sandbox_password_resets WHERE token = ? AND expires_at > ?')
      .get(token, now.getTime()) as { user_id: number } | undefined;
    if (!reset) return false;
    db.prepare('UPDATE users SET password = ? WHERE id = ?').run(hashPassword(newPassword), reset.user_id);
    db.prepare('DELETE FROM sandbox_password_resets WHERE token = ?').run(token);
    return true;
  })();
}
