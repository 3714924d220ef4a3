import { z } from 'zod';
import { parseCycle } from '@/lib/pricing';
import { parseAffiliateId } from '@/lib/visitor/attribution';
import type { BillingCycle } from '@/lib/whmcs/types';

/**
 * The options an embed takes from its URL (and the loader from `data-*` attributes of the same
 * names). Every option is read on its own and falls back to its default when missing or invalid:
 * an embed on somebody's page must never turn into an error page because of a typo in a snippet.
 * Client-safe: the builder page uses the same names and defaults.
 */

export const EMBED_OPTION_NAMES = ['cycle', 'currency', 'theme', 'accent', 'promo', 'source', 'campaign', 'aff', 'target'] as const;
export type EmbedOptionName = (typeof EMBED_OPTION_NAMES)[number];

const THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof THEMES)[number];
const TARGETS = ['top', 'blank'] as const;
type EmbedTarget = (typeof TARGETS)[number];

export interface EmbedOptions {
  /** A billing cycle; the product's (or table's) default when null or not offered. */
  cycle: BillingCycle | null;
  /** An upper-case currency code; the shop's default when null or unknown. */
  currency: string | null;
  /** `auto` follows the visitor's system setting. */
  theme: EmbedTheme;
  /** `#rrggbb`; the shop's accent when null. */
  accent: string | null;
  /** A promotion code, handed to the configurator (which checks it); never trusted for prices here. */
  promo: string | null;
  /** Attribution: becomes `utm_source` of the order link (with `utm_medium=embed`). */
  source: string | null;
  /** `utm_campaign` of the order link; the product's or group's slug when null. */
  campaign: string | null;
  /** The affiliate (a WHMCS affiliate id) the order link credits with `aff=`: a partner's own embed. */
  aff: number | null;
  /** Where "Order" opens the configurator: the top window or a new tab. */
  target: EmbedTarget;
}

/** How the embed talks to the page framing it (set by embed.js, not by people). */
export interface FrameParams {
  /** The framing page's origin, as the loader claims it; used only if it is an allowed origin. */
  parent: string | null;
  /** The loader's id for this iframe, echoed in resize messages. */
  id: string | null;
}

export const DEFAULT_OPTIONS: EmbedOptions = {
  cycle: null,
  currency: null,
  theme: 'auto',
  accent: null,
  promo: null,
  source: null,
  campaign: null,
  aff: null,
  target: 'top',
};

// No control characters: they have no business in a label or a URL parameter.
const printable = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]+$/u);

const cycle = z.string().transform((value, ctx) => {
  const parsed = parseCycle(value);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: 'not a billing cycle' });
    return z.NEVER;
  }
  return parsed;
});

/** `#e11d48`, `e11d48`, `#E11` and `e11` all read as `#e11d48`-style six digits. */
const accent = z
  .string()
  .trim()
  .regex(/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i)
  .transform((value) => {
    const hex = value.replace('#', '').toLowerCase();
    return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
  });

const optionsSchema = z.object({
  cycle: cycle.nullable().catch(null),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/)
    .transform((code) => code.toUpperCase())
    .nullable()
    .catch(null),
  theme: z.string().trim().toLowerCase().pipe(z.enum(THEMES)).catch('auto'),
  accent: accent.nullable().catch(null),
  // WHMCS promotion codes are short words; anything else cannot be a code and is dropped.
  promo: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,64}$/)
    .nullable()
    .catch(null),
  source: printable(100).nullable().catch(null),
  campaign: printable(100).nullable().catch(null),
  aff: z
    .string()
    .transform((value, ctx) => parseAffiliateId(value) ?? (ctx.addIssue({ code: 'custom', message: 'not an affiliate id' }), z.NEVER))
    .nullable()
    .catch(null),
  target: z.string().trim().toLowerCase().pipe(z.enum(TARGETS)).catch('top'),
});

const frameSchema = z.object({
  parent: z
    .string()
    .refine((value) => {
      try {
        return new URL(value).origin === value && /^https?:$/.test(new URL(value).protocol);
      } catch {
        return false;
      }
    })
    .nullable()
    .catch(null),
  id: z
    .string()
    .regex(/^[\w-]{1,40}$/)
    .nullable()
    .catch(null),
});

type Query = URLSearchParams | Record<string, string | undefined>;

/** The first value of each parameter (a repeated parameter does not become an array). */
function read(query: Query, names: readonly string[]): Record<string, string | null> {
  const get = (name: string) => (query instanceof URLSearchParams ? query.get(name) : (query[name] ?? null));
  return Object.fromEntries(names.map((name) => [name, get(name)]));
}

export function parseEmbedOptions(query: Query): EmbedOptions {
  return optionsSchema.parse(read(query, EMBED_OPTION_NAMES));
}

export function parseFrameParams(query: Query): FrameParams {
  return frameSchema.parse(read(query, ['parent', 'id']));
}

/**
 * The options that differ from the defaults, as URL parameters / `data-*` attribute values, in
 * EMBED_OPTION_NAMES order: what the builder writes into the preview URL and the snippet.
 */
export function optionEntries(options: Partial<EmbedOptions>): [EmbedOptionName, string][] {
  const entries: [EmbedOptionName, string][] = [];
  for (const name of EMBED_OPTION_NAMES) {
    const value = options[name];
    if (value === null || value === undefined || value === '' || value === DEFAULT_OPTIONS[name]) continue;
    entries.push([name, String(value)]);
  }
  return entries;
}
