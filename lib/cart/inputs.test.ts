import { describe, expect, it } from 'vitest';
import { addToCartSchema, firstIssue, itemInputSchema, itemRefSchema, promoInputSchema, quantityInputSchema } from './inputs';
import { fieldTooLongMessage, MAX_CUSTOM_FIELD_LENGTH, MAX_DOMAIN_LENGTH, requiredFieldMessage } from './limits';

const ITEM_ID = 'abcdefghijkl';

function message(result: { success: true } | { success: false; error: Parameters<typeof firstIssue>[0] }): string | null {
  return result.success ? null : firstIssue(result.error);
}

describe('cart input messages', () => {
  it('names a custom field the way a sentence would', () => {
    expect(requiredFieldMessage('Current host')).toBe('Please fill in the current host.');
    expect(requiredFieldMessage('SSH key')).toBe('Please fill in the SSH key.');
    expect(fieldTooLongMessage('Intended use')).toBe('Please keep the intended use to 1,000 characters or fewer.');
  });

  it('says what is wrong with a quantity in words, the limit included', () => {
    const quantity = (value: unknown) => message(quantityInputSchema.safeParse({ itemId: ITEM_ID, quantity: value }));
    expect(quantity(3)).toBeNull();
    expect(quantity('abc')).toBe('The quantity must be a whole number.');
    expect(quantity(2.5)).toBe('The quantity must be a whole number.');
    expect(quantity(0)).toBe('The quantity must be at least 1.');
    expect(quantity(10_001)).toBe('The quantity can be at most 10,000.');
  });

  it('holds the same limit and words for an item added from the configurator', () => {
    const parsed = itemInputSchema.safeParse({ pid: 1, configuration: { cycle: 'monthly', quantity: 99999 } });
    expect(message(parsed)).toBe('The quantity can be at most 10,000.');
  });

  it('refuses a custom field longer than the form allows, and a domain longer than DNS', () => {
    const item = { pid: 1, configuration: { cycle: 'monthly' } };
    expect(message(addToCartSchema.safeParse({ ...item, customFields: { 7: 'x'.repeat(MAX_CUSTOM_FIELD_LENGTH) } }))).toBeNull();
    expect(message(addToCartSchema.safeParse({ ...item, customFields: { 7: 'x'.repeat(MAX_CUSTOM_FIELD_LENGTH + 1) } }))).toBe(
      'Please keep this to 1,000 characters or fewer.',
    );
    expect(addToCartSchema.safeParse({ ...item, domain: 'a'.repeat(MAX_DOMAIN_LENGTH + 1) }).success).toBe(false);
  });

  it('answers a bad item reference or promo code with a sentence', () => {
    expect(message(itemRefSchema.safeParse({ itemId: '../etc' }))).toBe('That item is not in your cart.');
    expect(message(promoInputSchema.safeParse({ code: '  ' }))).toBe('Enter a promo code.');
    expect(message(promoInputSchema.safeParse({ code: 'SAVE 15' }))).toBe(
      'A promo code has only letters, digits, dots, dashes and underscores.',
    );
  });
});
