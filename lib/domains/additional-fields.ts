/**
 * The extra fields a registry requires for some TLDs, from WHMCS's own list
 * (`resources/domains/dist.additionalfields.php`). WHMCS's API does not publish them, so the
 * shop and the sandbox both read this copy. AddOrder takes the values as `domainfields[i]`:
 * base64(serialize([name => value])), keyed by the field's `name` as here.
 */
export interface AdditionalField {
  /** The key WHMCS stores the value under. */
  name: string;
  /** What the customer reads. */
  label: string;
  type: 'dropdown' | 'text';
  /** For dropdowns: value (sent) and label (shown). */
  options?: readonly { value: string; label: string }[];
  required: boolean;
}

const US_FIELDS: readonly AdditionalField[] = [
  {
    name: 'Nexus Category',
    label: 'Nexus category',
    type: 'dropdown',
    required: true,
    options: [
      { value: 'C11', label: 'C11: a US citizen' },
      { value: 'C12', label: 'C12: a permanent resident of the US' },
      { value: 'C21', label: 'C21: a US organisation' },
      { value: 'C31', label: 'C31: a foreign organisation that does business in the US' },
      { value: 'C32', label: 'C32: a foreign organisation with an office in the US' },
    ],
  },
  {
    name: 'Application Purpose',
    label: 'Purpose',
    type: 'dropdown',
    required: true,
    options: [
      { value: 'Business use for profit', label: 'Business use for profit' },
      { value: 'Non-profit business', label: 'Non-profit business, club, association or religious organisation' },
      { value: 'Personal Use', label: 'Personal use' },
      { value: 'Educational purposes', label: 'Educational purposes' },
      { value: 'Government purposes', label: 'Government purposes' },
    ],
  },
];

const UK_FIELDS: readonly AdditionalField[] = [
  {
    name: 'Legal Type',
    label: 'Legal type',
    type: 'dropdown',
    required: true,
    options: [
      { value: 'Individual', label: 'Individual' },
      { value: 'UK Limited Company', label: 'UK limited company' },
      { value: 'UK Public Limited Company', label: 'UK public limited company' },
      { value: 'UK Partnership', label: 'UK partnership' },
      { value: 'UK Limited Liability Partnership', label: 'UK limited liability partnership' },
      { value: 'Sole Trader', label: 'Sole trader' },
      { value: 'UK Registered Charity', label: 'UK registered charity' },
      { value: 'Non-UK Individual', label: 'Individual outside the UK' },
      { value: 'Foreign Organization', label: 'Organisation outside the UK' },
    ],
  },
  { name: 'Company ID Number', label: 'Company number (companies only)', type: 'text', required: false },
];

const FIELDS_BY_TLD: Readonly<Record<string, readonly AdditionalField[]>> = {
  us: US_FIELDS,
  uk: UK_FIELDS,
  'co.uk': UK_FIELDS,
};

/** The fields for a TLD (`"us"`, no dot); none for most. */
export function additionalFieldsFor(tld: string): readonly AdditionalField[] {
  return FIELDS_BY_TLD[tld.replace(/^\./, '').toLowerCase()] ?? [];
}

/**
 * Per field name, a message for each missing or invalid value (empty when all is well): required
 * fields must be filled, dropdowns must hold one of their options.
 */
export function checkAdditionalFields(tld: string, values: Readonly<Record<string, string>>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of additionalFieldsFor(tld)) {
    const value = (values[field.name] ?? '').trim();
    if (value === '') {
      if (field.required) problems[field.name] = `Choose your ${field.label.toLowerCase()}: the .${tld} registry requires it.`;
      continue;
    }
    if (field.options && !field.options.some((option) => option.value === value)) {
      problems[field.name] = `Choose one of the listed options for ${field.label.toLowerCase()}.`;
    }
  }
  return problems;
}
