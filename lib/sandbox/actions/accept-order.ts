import { ymd } from '../dates';
import { ApiError } from '../errors';
import { acceptOrder as accept } from '../orders/lifecycle';
import { phpInt } from '../wire/params';
import type { Action } from './context';

/** AcceptOrder: a Pending order and its services, addons and domains become Active. */
export const acceptOrder: Action = ({ db, params, now }) => {
  if (!accept(db, phpInt(params.orderid), ymd(now))) throw new ApiError('Order ID not found or Status not Pending');
  return { result: 'success' };
};
