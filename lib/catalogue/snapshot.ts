import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CatalogueData } from './model';

/**
 * The last catalogue WHMCS gave us, kept in memory and in a JSON file so that pages keep
 * working through a WHMCS outage, even across a restart. Tagged with the WHMCS it came from:
 * a shop that switches from the sandbox to its real WHMCS must never be shown the demo.
 */

export interface SnapshotStore {
  read(): CatalogueData | null;
  write(data: CatalogueData): void;
  /** Whether the copy made it to disk (it may not: a read-only DATA_DIR). */
  persisted(): boolean;
}

// The products are our own domain objects written by `write`; checking their outline is enough
// to refuse a truncated or foreign file.
const snapshotSchema = z.object({
  version: z.literal(1),
  source: z.string(),
  data: z.object({
    products: z.array(z.looseObject({ pid: z.number(), slug: z.string(), groupSlug: z.string(), pricing: z.record(z.string(), z.unknown()) })),
    currencies: z.array(z.looseObject({ id: z.number(), code: z.string() })).min(1),
    fetchedAt: z.string(),
  }),
});

/** A stored snapshot (`{ version, source, data }`) as catalogue data, or null when it is damaged or of another WHMCS. */
export function parseSnapshot(json: unknown, source: string): CatalogueData | null {
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success || parsed.data.source !== source) return null;
  return parsed.data.data as unknown as CatalogueData;
}

/** What `parseSnapshot` reads back. */
export function snapshotJson(source: string, data: CatalogueData): string {
  return JSON.stringify({ version: 1, source, data });
}

export function fileSnapshotStore(file: string, source: string, log: (message: string) => void = console.error): SnapshotStore {
  let memory: CatalogueData | null = null;

  return {
    read() {
      if (memory) return memory;
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        return null;
      }
      memory = parseSnapshot(json, source);
      return memory;
    },

    write(data) {
      memory = data;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        // Write then rename: a reader (another worker) never sees half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, snapshotJson(source, data));
        fs.renameSync(temporary, file);
      } catch (error) {
        // The in-memory copy still protects this process; the file only adds restarts.
        log(`Could not save the catalogue snapshot to ${file}: ${(error as Error).message}`);
      }
    },

    persisted() {
      return fs.existsSync(file);
    },
  };
}
