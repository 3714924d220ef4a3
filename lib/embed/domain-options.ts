import { z } from 'zod';

/**
 * The option only the domain embeds take, read like the other embed options (lib/embed/options):
 * from the URL, or a `data-*` attribute of the same name; invalid means "not set", never an error.
 * Client-safe: the builder uses it too.
 *
 * `tlds`: the extensions to feature, in the marketer's order: the search box shows their
 * first-year price under the box, the price table lists only them (both leave out any the shop
 * does not sell). Written like people write them: `com, .net,co.uk`.
 */
export const DOMAIN_OPTION_NAMES = ['tlds'] as const;

export interface DomainEmbedOptions {
  /** Lower case, no leading dot, each once; null when not set (or nothing usable in it). */
  tlds: string[] | null;
}

/** At most this many: a table of every TLD is the default, a hand-picked list is short. */
export const MAX_TLDS = 30;

// ASCII or Unicode labels (IDN TLDs are read in Unicode, as lib/whmcs hands them on).
const TLD = /^[\p{L}\p{N}-]{1,63}(\.[\p{L}\p{N}-]{1,63}){0,2}$/u;

const tldList = z
  .string()
  .max(1000)
  .transform((value, ctx) => {
    const tlds = [...new Set(value.split(/[\s,]+/).map((tld) => tld.trim().toLowerCase().replace(/^\./, '')).filter(Boolean))];
    if (tlds.length === 0 || tlds.length > MAX_TLDS || !tlds.every((tld) => TLD.test(tld))) {
      ctx.addIssue({ code: 'custom', message: 'not a list of extensions' });
      return z.NEVER;
    }
    return tlds;
  });

const domainOptionsSchema = z.object({ tlds: tldList.nullable().catch(null) });

type Query = URLSearchParams | Record<string, string | undefined>;

export function parseDomainOptions(query: Query): DomainEmbedOptions {
  const tlds = query instanceof URLSearchParams ? query.get('tlds') : (query.tlds ?? null);
  return domainOptionsSchema.parse({ tlds });
}

/** The options as URL parameters / `data-*` values: what the builder writes (nothing when unset). */
export function domainOptionEntries(options: DomainEmbedOptions): [string, string][] {
  return options.tlds ? [['tlds', options.tlds.join(',')]] : [];
}
