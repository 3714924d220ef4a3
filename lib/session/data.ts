import { z } from 'zod';

/**
 * What the session cookie holds: who signed in and the one WHMCS client they order for. Kept
 * small (a cookie) and free of anything secret; everything else is read from WHMCS when needed.
 * Pure, so unit tests and client-side types can share it.
 */
const sessionDataSchema = z.object({
  /** The WHMCS user (a login), not a client. */
  userId: z.number().int().positive(),
  /** The client this user orders for and whose orders and services they see. */
  clientId: z.number().int().positive(),
  email: z.string().email(),
  firstName: z.string(),
});

export type SessionData = z.infer<typeof sessionDataSchema>;

/** A session read back from a cookie: anything that is not exactly our shape is no session. */
export function parseSessionData(value: unknown): SessionData | null {
  const parsed = sessionDataSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** GET /api/account/session: all the browser learns about the session (for the header). */
export interface SessionSummary {
  signedIn: boolean;
  firstName: string | null;
}
