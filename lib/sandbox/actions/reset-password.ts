import { ApiError } from '../errors';
import { sendPasswordReset } from '../password-reset';
import type { UserRow } from '../rows';
import { whmcsEncode } from '../text';
import { phpInt, scalar } from '../wire/params';
import type { Action } from './context';

/**
 * ResetPassword (`id` or `email` of a user): starts WHMCS's password reset, which emails the
 * user a link. Answers `{"result":"success"}` only; an unknown user is an error.
 */
export const resetPassword: Action = ({ db, params, now }) => {
  const id = phpInt(params.id);
  const email = (scalar(params, 'email') ?? '').trim();
  if (id <= 0 && !email) throw new ApiError('Please enter the email address or provide the id');
  const user = (
    id > 0 ? db.prepare('SELECT * FROM users WHERE id = ?').get(id) : db.prepare('SELECT * FROM users WHERE email = ?').get(whmcsEncode(email))
  ) as UserRow | undefined;
  if (!user) throw new ApiError('User Not Found');
  sendPasswordReset(db, user, now);
  return { result: 'success' };
};
