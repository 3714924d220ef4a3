/**
 * The currency codes the shop sells in, as the catalogue last said, shared in-process with the
 * proxy (which runs in the same Node.js process but in its own bundle, hence lib/process-wide). The
 * proxy uses it to leave a `?currency=` link with a code the shop does not sell to the default
 * copy (the configurator then says so) instead of routing it to a page that does not exist.
 */
import { readProcessWide, setProcessWide } from '@/lib/process-wide';

const KEY = 'sold-currencies';

export function rememberSoldCurrencies(codes: readonly string[]): void {
  setProcessWide<ReadonlySet<string>>(KEY, new Set(codes));
}

/** Whether the shop sells in `code`; null while no catalogue has been loaded in this process. */
export function sellsCurrency(code: string): boolean | null {
  const sold = readProcessWide<ReadonlySet<string>>(KEY);
  return sold ? sold.has(code) : null;
}
