import { describe, expect, it } from 'vitest';
import { additionalFieldsFor, checkAdditionalFields } from './additional-fields';

describe("the TLDs' additional fields (WHMCS's dist.additionalfields.php)", () => {
  it('asks .us for Nexus Category and Application Purpose, .uk for a legal type, .ca to accept CIRA, nothing of .com', () => {
    expect(additionalFieldsFor('us').filter((f) => f.required).map((f) => f.name)).toEqual(['Nexus Category', 'Application Purpose']);
    expect(additionalFieldsFor('co.uk').map((f) => f.name)).toContain('Legal Type');
    expect(additionalFieldsFor('CA').find((f) => f.name === 'CIRA Agreement')?.type).toBe('tickbox');
    expect(additionalFieldsFor('com')).toEqual([]);
  });

  it('keeps known answers (trimmed, ticked as "on"), drops unknown names, names what is missing or not an option', () => {
    expect(checkAdditionalFields('us', { 'Nexus Category': ' C11 ', 'Application Purpose': 'Personal Use', Other: 'x' })).toEqual({
      values: { 'Nexus Category': 'C11', 'Application Purpose': 'Personal Use' },
      problems: {},
    });
    expect(checkAdditionalFields('us', { 'Nexus Category': 'C99' }).problems).toEqual({
      'Nexus Category': 'Choose one of the listed values for Nexus Category.',
      'Application Purpose': 'Choose your Application Purpose: .us registrations need it.',
    });
    expect(checkAdditionalFields('ca', { 'Legal Type': 'Corporation', 'CIRA Agreement': 'yes' }).values['CIRA Agreement']).toBe('on');
    expect(checkAdditionalFields('ca', { 'Legal Type': 'Corporation' }).problems).toEqual({ 'CIRA Agreement': 'Tick "CIRA Agreement" to register a .ca name.' });
    expect(checkAdditionalFields('com', { anything: 'x' })).toEqual({ values: {}, problems: {} });
  });
});
