import { describe, expect, it } from 'vitest';
import { withLastGood } from './last-good';

describe('withLastGood', () => {
  it('hands out what loads, and keeps it per key', async () => {
    const copies = new Map<string, number>();
    expect(await withLastGood(copies, 'USD', async () => 1)).toBe(1);
    expect(await withLastGood(copies, 'EUR', async () => 2)).toBe(2);
    expect(await withLastGood(copies, 'USD', async () => 3)).toBe(3);
    expect([...copies]).toEqual([
      ['USD', 3],
      ['EUR', 2],
    ]);
  });

  it('serves the last good copy of that key when loading fails, saying so', async () => {
    const copies = new Map([['USD', 1]]);
    const logged: string[] = [];
    const down = async (): Promise<number> => {
      throw new Error('WHMCS is down');
    };
    expect(await withLastGood(copies, 'USD', down, (m) => logged.push(m))).toBe(1);
    expect(logged).toEqual(['Embeds: USD could not be loaded (WHMCS is down); serving the last good copy']);
    await expect(withLastGood(copies, 'EUR', down, () => {})).rejects.toThrow('WHMCS is down');
  });
});
