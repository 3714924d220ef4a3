import type { MappedOrderError } from '@/lib/checkout/messages';

/**
 * WHMCS's refusals of an order placed from the account (a renewal, addons for a service), in
 * plain words. Nothing was created or charged in any of them; each kind names what it is and
 * brings the refusals only it meets.
 */
export interface RefusalWords {
  /** "Nothing was renewed and nothing was charged." */
  nothing: string;
  /** "renewed": "This service is not on your account, so it was not renewed." */
  done: string;
  /** "the renewal": "Our billing system refused the renewal (...)". */
  order: string;
  /** Refusals of this kind only, tried first. */
  own?: readonly (readonly [RegExp, string])[];
}

export function accountOrderRefusal(words: RefusalWords): (whmcsMessage: string) => MappedOrderError {
  return (whmcsMessage) => {
    const message = whmcsMessage.trim();
    const own = words.own?.find(([pattern]) => pattern.test(message));
    if (own) return { field: null, message: `${own[1]} ${words.nothing}` };
    if (/not owned by client/i.test(message)) return { field: null, message: `This service is not on your account, so it was not ${words.done}. ${words.nothing}` };
    if (/client id not found|client status is closed/i.test(message)) {
      return { field: null, message: `Your account cannot place orders (it is closed). ${words.nothing} Please contact support.` };
    }
    if (/invalid payment method/i.test(message)) return { field: null, message: `The payment method of this service is not available any more. ${words.nothing} Please contact support.` };
    return {
      field: null,
      message: `Our billing system refused ${words.order} (${message || 'no reason given'}). ${words.nothing} Please try again, or contact support if it keeps happening.`,
    };
  };
}
