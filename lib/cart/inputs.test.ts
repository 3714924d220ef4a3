import { describe, expect, it } from 'vitest';
import { firstIssue, itemInputSchema, quantityInputSchema } from './inputs';

const itemId = 'abcdefghij_0123';

function messageFor(quantity: unknown): string | null {
  const parsed = quantityInputSchema.safeParse({ itemId, quantity });
  return parsed.success ? null : firstIssue(parsed.error);
}

describe('quantityInputSchema', () => {
  it('accepts whole numbers from 1 to 10,000, typed or not', () => {
    expect(quantityInputSchema.parse({ itemId, quantity: '10000' }).quantity).toBe(10000);
    expect(messageFor(1)).toBeNull();
  });

  it('says the limits in words a person would write', () => {
    // Was zod's own "Too big: expected number to be <=10000".
    expect(messageFor(10001)).toBe('The quantity can be at most 10,000.');
    expect(messageFor(0)).toBe('The quantity must be at least 1.');
    expect(messageFor(2.5)).toBe('Enter a whole number.');
  });

  it('holds the same limit and words for an item added from the configurator', () => {
    const parsed = itemInputSchema.safeParse({ pid: 1, configuration: { cycle: 'monthly', quantity: 99999 } });
    expect(parsed.success ? null : firstIssue(parsed.error)).toBe('The quantity can be at most 10,000.');
  });
});
