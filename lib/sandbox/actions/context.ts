import type { Db } from '../rows';
import type { JsonValue } from '../wire/json';
import type { Params } from '../wire/params';

interface ActionContext {
  db: Db;
  params: Params;
  now: Date;
  /** The API caller's address (WHMCS records it as the order IP when `clientip` is absent). */
  remoteIp: string;
  /** Origin for the absolute URLs WHMCS puts in answers (`product_url`, SSO `redirect_url`). */
  origin: string;
}

export type ActionBody = { [key: string]: JsonValue | undefined };

/** An API action: returns the answer body, throws ApiError for `{"result":"error"}`. */
export type Action = (ctx: ActionContext) => ActionBody;
