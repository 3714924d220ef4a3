import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, formValues, signInSchema, signUpSchema, type SignUpField } from './forms';

const valid = {
  firstName: ' Ada ',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  password: 'difference-engine',
  address1: '1 Analytical Way',
  city: 'London',
  state: 'Greater London',
  postcode: 'N1 1AA',
  country: 'gb',
  phoneNumber: '+44 20 7946 0000',
};

describe('signUpSchema', () => {
  it('accepts a complete form, trimming and upper-casing the country', () => {
    expect(signUpSchema.parse(valid)).toMatchObject({ firstName: 'Ada', country: 'GB' });
  });

  it('names every missing field, including one the browser did not send at all (an unselected country)', () => {
    const { country: _country, ...withoutCountry } = valid;
    const result = signUpSchema.safeParse({ ...withoutCountry, firstName: '', password: 'short' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf<SignUpField>(result.error)).toEqual({
      firstName: 'Enter your first name.',
      password: 'Use at least 8 characters.',
      country: 'Choose your country.',
    });
  });

  it('refuses a country that is not an ISO code, and a phone number with letters', () => {
    const result = signUpSchema.safeParse({ ...valid, country: 'XX', phoneNumber: 'call me' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(fieldErrorsOf<SignUpField>(result.error)).sort()).toEqual(['country', 'phoneNumber']);
  });
});

describe('signUpSchema: the VAT number', () => {
  it("is optional, and sent normalised when it fits the country's format", () => {
    expect(signUpSchema.parse(valid).taxId).toBeUndefined();
    expect(signUpSchema.parse({ ...valid, taxId: '  ' }).taxId).toBeUndefined();
    expect(signUpSchema.parse({ ...valid, taxId: 'gb 123 4567 89' }).taxId).toBe('GB123456789');
    expect(signUpSchema.parse({ ...valid, country: 'DE', taxId: '123456789' }).taxId).toBe('DE123456789');
  });

  it("is refused next to its field when it does not fit the country's format", () => {
    const result = signUpSchema.safeParse({ ...valid, country: 'DE', taxId: 'DE1234' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf<SignUpField>(result.error)).toEqual({ taxId: 'Enter a VAT number like DE123456789.' });
  });
});

describe('signInSchema', () => {
  it('needs an email address and a password', () => {
    const result = signInSchema.safeParse({ email: 'not-an-email' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      email: 'Enter an email address like name@example.com.',
      password: 'Enter your password.',
    });
  });
});

describe('formValues', () => {
  it('keeps the first string value of each field and drops files', () => {
    const data = new FormData();
    data.append('email', 'a@example.com');
    data.append('email', 'b@example.com');
    data.append('upload', new Blob(['x']), 'x.txt');
    expect(formValues(data)).toEqual({ email: 'a@example.com' });
  });
});
