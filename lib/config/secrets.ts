import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, env, usesSandbox, ConfigError } from './env';

type SecretName = 'SESSION_SECRET' | 'REVALIDATE_SECRET' | 'SANDBOX_API_SECRET';

const generated = new Map<SecretName, string>();

/**
 * A secret from the environment. During development and on the built-in sandbox (a demo that must
 * run with no configuration at all) a missing secret is generated once and kept in DATA_DIR. A
 * production shop connected to a real WHMCS must set it: we refuse to run the feature without it.
 * The sandbox's API secret is always generated when unset, so no published default ever opens
 * `/includes/api.php` (read it from DATA_DIR/secrets/sandbox_api_secret.txt for curl).
 */
export function secret(name: SecretName): string {
  const fromEnv = env()[name];
  if (fromEnv) return fromEnv;
  if (env().NODE_ENV === 'production' && !usesSandbox()) {
    throw new ConfigError(`${name} must be set in production (at least 32 random characters).`);
  }
  const known = generated.get(name);
  if (known) return known;
  const file = path.join(dataDir(), 'secrets', `${name.toLowerCase()}.txt`);
  let value: string;
  try {
    value = fs.readFileSync(file, 'utf8').trim();
  } catch {
    value = crypto.randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // 'wx' so two workers starting together keep one value: the loser reads the winner's.
      fs.writeFileSync(file, value, { flag: 'wx', mode: 0o600 });
    } catch {
      value = fs.readFileSync(file, 'utf8').trim();
    }
  }
  generated.set(name, value);
  return value;
}
