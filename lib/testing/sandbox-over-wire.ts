import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * For contract tests of the public seam: lib/whmcs wired from the environment as the app wires it
 * (no WHMCS_API_URL: the built-in sandbox, in-process, on the real wire format) on a fresh
 * sandbox database in a throw-away DATA_DIR, restored and removed after the file's tests.
 * Call at the top of a test file, before the first WHMCS call (env() reads DATA_DIR then).
 * Returns the data directory (e.g. for the sandbox's fault switches).
 */
export function freshSandboxForFile(name: string): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `hostfront-${name}-`));
  const savedEnv = { DATA_DIR: process.env.DATA_DIR, WHMCS_API_URL: process.env.WHMCS_API_URL };
  beforeAll(() => {
    process.env.DATA_DIR = dataDir;
    delete process.env.WHMCS_API_URL;
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return dataDir;
}
