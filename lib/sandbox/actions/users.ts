import crypto from 'node:crypto';
import { ApiError } from '../errors';
import { verifyPassword } from '../password';
import type { UserRow } from '../rows';
import { whmcsEncode } from '../text';
import { phpInt, scalar } from '../wire/params';
import type { Action } from './context';

/**
 * ValidateLogin (`email`, `password2`). `userid` is a user, not a client. A user with two-factor
 * authentication gets `twoFactorEnabled: true` and no `passwordhash`: the login is not complete.
 */
export const validateLogin: Action = ({ db, params }) => {
  const email = (scalar(params, 'email') ?? '').trim();
  const password = scalar(params, 'password2') ?? '';
  const user = db.prepare('SELECT * FROM users WHERE email = ?').get(whmcsEncode(email)) as UserRow | undefined;
  if (!user || !password || !verifyPassword(password, user.password)) throw new ApiError('Email or Password Invalid');
  if (user.second_factor) return { result: 'success', userid: user.id, twoFactorEnabled: true };
  // WHMCS hands back a session token hash derived from the stored password; any stable opaque value does.
  const passwordhash = crypto.createHash('sha256').update(`${user.id}:${user.password}`).digest('hex');
  return { result: 'success', userid: user.id, passwordhash, twoFactorEnabled: false };
};

/**
 * GetUsers (`search` matches the start of email, first name, last name or full name). Each user
 * lists the clients it may act for and whether it owns them.
 */
export const getUsers: Action = ({ db, params }) => {
  const search = (scalar(params, 'search') ?? '').trim();
  const limitStart = Math.max(0, phpInt(params.limitstart));
  const limitNum = phpInt(params.limitnum) > 0 ? phpInt(params.limitnum) : 25;
  const sorting = (scalar(params, 'sorting') ?? '').toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  const where = search
    ? `WHERE email LIKE @like ESCAPE '\\' OR first_name LIKE @like ESCAPE '\\' OR last_name LIKE @like ESCAPE '\\'
         OR (first_name || ' ' || last_name) LIKE @like ESCAPE '\\'`
    : '';
  const like = `${whmcsEncode(search).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM users ${where}`).get(search ? { like } : {}) as { n: number }).n;
  const users = db
    .prepare(`SELECT * FROM users ${where} ORDER BY last_name ${sorting}, first_name ${sorting} LIMIT @limit OFFSET @offset`)
    .all({ ...(search ? { like } : {}), limit: limitNum, offset: limitStart }) as UserRow[];
  const clientsOf = db.prepare('SELECT client_id, owner FROM user_clients WHERE user_id = ? ORDER BY client_id ASC');
  return {
    result: 'success',
    totalresults: total,
    startnumber: limitStart,
    numreturned: users.length,
    users: {
      user: users.map((user) => ({
        id: user.id,
        firstname: user.first_name,
        lastname: user.last_name,
        email: user.email,
        datecreated: user.created_at,
        validationdata: '',
        clients: (clientsOf.all(user.id) as { client_id: number; owner: number }[]).map((link) => ({
          id: link.client_id,
          isOwner: Boolean(link.owner),
        })),
      })),
    },
  };
};
