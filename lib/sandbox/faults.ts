import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Fault injection for tests: a JSON file in DATA_DIR that makes the sandbox fail or stall the way
 * a real WHMCS does (down, erroring, slow, or timing out after it committed). Read on every
 * request; the file's identity (inode, size, mtime) decides whether to parse it again.
 *
 * This module must stay importable from Playwright and scripts: no `server-only`, no `@/` imports.
 */
const actionFaultSchema = z
  .object({
    /** Answer `{"result":"error","message":error}` without doing the work. */
    error: z.string().optional(),
    /** Answer with this HTTP status (with `error`: that JSON; alone: an HTML error page). */
    httpStatus: z.number().int().min(100).max(599).optional(),
    /** Wait before doing anything. */
    delayMs: z.number().int().min(0).optional(),
    /** Do the work and commit, then wait before answering: a timeout after WHMCS committed. */
    delayAfterCommitMs: z.number().int().min(0).optional(),
  })
  .strict();

const sandboxFaultsSchema = z
  .object({
    /** The whole API answers HTTP 503 with an HTML page, like a server in maintenance. */
    unavailable: z.boolean().optional(),
    /** Every request waits this long first. */
    delayMs: z.number().int().min(0).optional(),
    /** Per action, keyed by the lower-case action name (`addorder`). */
    actions: z.record(z.string(), actionFaultSchema).optional(),
  })
  .strict();

export type SandboxFaults = z.infer<typeof sandboxFaultsSchema>;

const FAULTS_FILE_NAME = 'sandbox-faults.json';

export function faultsFilePath(dataDir: string): string {
  return path.join(dataDir, FAULTS_FILE_NAME);
}

function withLowerCaseActions(faults: SandboxFaults): SandboxFaults {
  if (!faults.actions) return faults;
  return {
    ...faults,
    actions: Object.fromEntries(Object.entries(faults.actions).map(([action, fault]) => [action.toLowerCase(), fault])),
  };
}

/** Writes the faults file atomically (so a request never reads half of it). Keys of `actions` are lower-cased. */
export function writeSandboxFaults(dataDir: string, faults: SandboxFaults): void {
  const parsed = withLowerCaseActions(sandboxFaultsSchema.parse(faults));
  fs.mkdirSync(dataDir, { recursive: true });
  const file = faultsFilePath(dataDir);
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(parsed, null, 2));
  fs.renameSync(temporary, file);
}

export function clearSandboxFaults(dataDir: string): void {
  fs.rmSync(faultsFilePath(dataDir), { force: true });
}

/** Reads a faults file with a cache keyed on the file's identity; a malformed file is ignored (logged once). */
export function createFaultsReader(file: string): () => SandboxFaults | null {
  let cachedKey = '';
  let cached: SandboxFaults | null = null;
  return () => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      cachedKey = '';
      cached = null;
      return null;
    }
    const key = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    if (key === cachedKey) return cached;
    cachedKey = key;
    cached = null;
    try {
      const result = sandboxFaultsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (result.success) cached = withLowerCaseActions(result.data);
      else console.warn(`[sandbox] ignoring ${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } catch (error) {
      console.warn(`[sandbox] ignoring ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return cached;
  };
}
