import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { trustedProxiesSchema } from '@/lib/security/trusted-proxies';
import { NEWEST_WHMCS_VERSION, checkWhmcsVersion } from '@/lib/sandbox/versions';
import { affiliateDaysSchema } from '@/lib/visitor/affiliate-days';

/**
 * Every environment variable Hostfront reads, validated once. A bad value stops the server at
 * start-up (see instrumentation.ts) with a message naming the variable.
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const originList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const origins = (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const origin of origins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || parsed.origin !== origin.replace(/\/$/, '')) {
        ctx.addIssue({ code: 'custom', message: `"${origin}" is not an origin like https://www.example.com` });
      }
    }
    return origins.map((o) => o.replace(/\/$/, ''));
  });

/**
 * A shared database means several instances serve one shop, and then each of these must be the
 * same everywhere or requests that reach another instance break. Generated per instance (the
 * single-server default), they differ.
 */
const SHARED_BY_INSTANCES = [
  ['SESSION_SECRET', 'every instance must read the sign-in cookies the others sealed'],
  ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', "every instance must decrypt the others' server actions (a base64 AES key: openssl rand -base64 32)"],
  ['DEPLOYMENT_ID', 'the same build id on every instance, so a page from one instance works against another (next.config.js deploymentId)'],
] as const;

/** A comma-separated list; unset or empty is `null` (no restriction). */
const commaList = optionalString.transform((v) =>
  v === undefined
    ? null
    : v
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATA_DIR: z.string().trim().min(1).default('.data'),
    // Set: carts, checkout attempts, rate limits and sessions live in this PostgreSQL database,
    // shared by every instance pointed at it (lib/store/db.ts). Unset: a SQLite file in DATA_DIR.
    DATABASE_URL: optionalString.pipe(
      z.url({ protocol: /^postgres(ql)?$/, message: 'must be a PostgreSQL URL, e.g. postgres://hostfront:secret@db.example.com:5432/hostfront' }).optional(),
    ),
    // What every instance of one shop must share (SHARED_BY_INSTANCES): Next.js reads these itself.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalString,
    DEPLOYMENT_ID: optionalString,

    WHMCS_API_URL: optionalString.pipe(
      z
        .url({ protocol: /^https?$/, message: 'must be the full URL of api.php, e.g. https://billing.example.com/includes/api.php' })
        .optional(),
    ),
    WHMCS_API_IDENTIFIER: optionalString,
    WHMCS_API_SECRET: optionalString,
    WHMCS_API_ACCESSKEY: optionalString,
    WHMCS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),

    SANDBOX_API_IDENTIFIER: z.string().trim().min(1).default('hostfront-sandbox'),
    // No published default: when unset, a random one is generated into DATA_DIR (lib/config/secrets.ts).
    SANDBOX_API_SECRET: optionalString.pipe(z.string().min(8, 'must be at least 8 characters').optional()),
    // WHMCS's access control, reproduced by the sandbox (README "Trying your WHMCS's access control").
    SANDBOX_API_ALLOWED_ACTIONS: commaList,
    SANDBOX_API_ALLOWED_IPS: commaList,
    SANDBOX_API_ACCESSKEY: optionalString,
    SANDBOX_WHMCS_VERSION: z
      .string()
      .trim()
      .default(NEWEST_WHMCS_VERSION)
      .superRefine((v, ctx) => {
        const problem = checkWhmcsVersion(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),

    SESSION_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    REVALIDATE_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    EMBED_ALLOWED_ORIGINS: originList,
    TRUSTED_PROXIES: trustedProxiesSchema,

    CATALOGUE_CONFIG: optionalString,
    SHOP_URL: optionalString.pipe(
      z.url({ protocol: /^https?$/, message: "must be the shop's public origin, e.g. https://shop.example.com" }).optional(),
    ),
    SHOP_TERMS_URL: optionalString.pipe(z.url({ message: 'must be the full URL of your terms of service' }).optional()),
    SHOP_NAME: z.string().trim().min(1).default('Hostfront Demo Hosting'),
    SHOP_LOGO: optionalString,
    SHOP_ACCENT: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour like #4f46e5')
      .default('#4f46e5'),
    SHOP_SUPPORT_URL: optionalString.pipe(z.url().optional()),
    /** Ecommerce events to `window.dataLayer`: `gtm` also loads GTM_CONTAINER_ID; `events` only pushes them (and the `hostfront:analytics` DOM event). */
    ANALYTICS: z.enum(['off', 'gtm', 'events']).default('off'),
    GTM_CONTAINER_ID: optionalString.pipe(z.string().regex(/^GTM-[A-Z0-9]{4,12}$/, 'must be a Google Tag Manager container id like GTM-ABC1234').optional()),
    /** Google Consent Mode's default until the visitor chooses (a consent banner in the container). */
    ANALYTICS_CONSENT: z.enum(['denied', 'granted']).default('denied'),
    /** How long `?aff=` is remembered, in days (WHMCS's own affiliate cookie lasts 90). */
    AFFILIATE_COOKIE_DAYS: z.preprocess((value) => (value === '' ? undefined : value), affiliateDaysSchema),
    SHOP_POWERED_BY: z
      .enum(['true', 'false', '1', '0'])
      .default('true')
      .transform((v) => v === 'true' || v === '1'),
  })
  .superRefine((env, ctx) => {
    if (env.ANALYTICS === 'gtm' && !env.GTM_CONTAINER_ID) {
      ctx.addIssue({ code: 'custom', path: ['GTM_CONTAINER_ID'], message: 'is required when ANALYTICS=gtm' });
    }
    if (env.WHMCS_API_URL) {
      for (const key of ['WHMCS_API_IDENTIFIER', 'WHMCS_API_SECRET'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when WHMCS_API_URL is set' });
      }
    }
    if (env.DATABASE_URL) {
      for (const [key, why] of SHARED_BY_INSTANCES) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: `is required when DATABASE_URL is set: ${why}` });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Turns zod issues into lines like `WHMCS_API_URL: must be the full URL of api.php`. */
function describeEnvIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`).join('\n');
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(`Invalid configuration:\n${describeEnvIssues(result.error)}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function dataDir(): string {
  return path.resolve(env().DATA_DIR);
}

/** Hostfront talks to the built-in sandbox unless a real WHMCS is configured. */
export function usesSandbox(): boolean {
  return !env().WHMCS_API_URL;
}
