import { ApiError } from '../errors';
import { acceptOrder as accept } from '../orders/lifecycle';
import { phpInt } from '../wire/params';
import type { Action } from './context';

/** AcceptOrder: a Pending order and its services become Active. */
export const acceptOrder: Action = ({ db, params }) => {
  if (!accept(db, phpInt(params.orderid))) throw new ApiError('Order ID not found or Status not Pending');
  return { result: 'success' };
};
