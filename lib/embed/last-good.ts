/**
 * A last good copy per key: what `load` gives is kept, and handed out instead when `load` later
 * fails, so an embed keeps its prices through a WHMCS outage (as the catalogue does, see
 * lib/catalogue/source.ts). Pure: the caller owns the map (one per process).
 */
export async function withLastGood<T>(
  copies: Map<string, T>,
  key: string,
  load: () => Promise<T>,
  log: (message: string) => void = console.error,
): Promise<T> {
  try {
    const value = await load();
    copies.set(key, value);
    return value;
  } catch (error) {
    const last = copies.get(key);
    if (last === undefined) throw error;
    log(`Embeds: ${key} could not be loaded (${error instanceof Error ? error.message : String(error)}); serving the last good copy`);
    return last;
  }
}
