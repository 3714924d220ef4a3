/**
 * What the cart accepts, in numbers and in words: the server's schemas (./inputs) and the forms in
 * the browser share these. No zod here, so a product page can use them without loading it.
 */
import { formatQuantity } from '@/lib/pricing';

export const MAX_CUSTOM_FIELD_LENGTH = 1000;
export const MAX_DOMAIN_LENGTH = 255;
export const MAX_PROMO_CODE_LENGTH = 64;
/** EPP codes are registrar-made passwords: up to 64 printable characters (most registries cap lower). */
export const MAX_EPP_CODE_LENGTH = 64;


/** A field's name inside a sentence: "Current host" -> "the current host"; "SSH key" keeps its capitals. */
function theField(name: string): string {
  const lower = /^\p{Lu}\p{Ll}/u.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
  return `the ${lower}`;
}

/** What a required custom field says when it is left empty. */
export function requiredFieldMessage(name: string): string {
  return `Please fill in ${theField(name)}.`;
}

/** What a custom field says when it is longer than the server keeps. */
export function fieldTooLongMessage(name?: string): string {
  return `Please keep ${name ? theField(name) : 'this'} to ${formatQuantity(MAX_CUSTOM_FIELD_LENGTH)} characters or fewer.`;
}
