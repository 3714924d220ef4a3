import 'server-only';
import { WhmcsError } from '@/lib/whmcs/errors';
import type { TaxPolicy } from './index';
import { loadTaxPolicy } from './policy';

/**
 * The shop's tax policy for what customers see, or null while WHMCS cannot be reached and this
 * process has never read it: prices then say nothing about tax and carts show no tax lines, rather
 * than the page failing (the invoice WHMCS makes later is the final word either way).
 */
export async function availableTaxPolicy(): Promise<TaxPolicy | null> {
  try {
    return await loadTaxPolicy();
  } catch (error) {
    if (error instanceof WhmcsError) return null;
    throw error;
  }
}
