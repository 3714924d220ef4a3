/**
 * The extra details some registries ask of every registrant ("additional domain fields"), which
 * GetTLDPricing does not list: WHMCS keeps them in resources/domains/dist.additionalfields.php,
 * and AddOrder takes the answers as `domainfields[]` (base64 of a serialised array, name -> value).
 * This is WHMCS's own definitions for the TLDs a shop most often sells, abridged to the fields a
 * customer answers (a shop that overrides them in WHMCS's additionalfields.php should mirror that
 * here). Pure and client-safe: the cart's form and the server check the same rules.
 *
 * Registries need an answer, so a dropdown starts unanswered here rather than on WHMCS's default.
 */

export interface AdditionalField {
  /** WHMCS's `Name`: the key AddOrder's `domainfields` uses. */
  name: string;
  type: 'dropdown' | 'text' | 'tickbox';
  /** Dropdowns: the values, each with its label. */
  options?: readonly { value: string; label: string }[];
  required: boolean;
  /** Help shown under the field. */
  hint?: string;
}

const plain = (...values: string[]) => values.map((value) => ({ value, label: value }));

const US: readonly AdditionalField[] = [
  {
    name: 'Nexus Category',
    type: 'dropdown',
    required: true,
    options: [
      { value: 'C11', label: 'C11: a US citizen' },
      { value: 'C12', label: 'C12: a permanent resident of the US' },
      { value: 'C21', label: 'C21: a US organisation' },
      { value: 'C31', label: 'C31: a foreign organisation doing business in the US' },
      { value: 'C32', label: 'C32: a foreign organisation with an office in the US' },
    ],
  },
  {
    name: 'Application Purpose',
    type: 'dropdown',
    required: true,
    options: plain(
      'Business use for profit',
      'Non-profit business',
      'Club',
      'Association',
      'Religious Organization',
      'Personal Use',
      'Educational purposes',
      'Government purposes',
    ),
  },
];

const UK: readonly AdditionalField[] = [
  {
    name: 'Legal Type',
    type: 'dropdown',
    required: true,
    options: plain(
      'Individual',
      'UK Limited Company',
      'UK Public Limited Company',
      'UK Partnership',
      'UK Limited Liability Partnership',
      'Sole Trader',
      'UK Registered Charity',
      'UK Entity (other)',
      'Foreign Organization',
      'Other foreign organizations',
    ),
  },
  { name: 'Company ID Number', type: 'text', required: false, hint: 'Companies registered in the UK: the Companies House number.' },
];

const EU: readonly AdditionalField[] = [
  {
    name: 'Entity Type',
    type: 'dropdown',
    required: true,
    options: plain('Individual', 'Company', 'Organization'),
  },
  {
    name: 'EU Country of Citizenship',
    type: 'text',
    required: false,
    hint: 'Only EU residents, citizens and organisations may hold a .eu name: give your EU citizenship if you live outside the EU.',
  },
];

const CA: readonly AdditionalField[] = [
  {
    name: 'Legal Type',
    type: 'dropdown',
    required: true,
    options: plain(
      'Corporation',
      'Canadian Citizen',
      'Permanent Resident of Canada',
      'Government',
      'Canadian Educational Institution',
      'Canadian Unincorporated Association',
      'Canadian Hospital',
      'Partnership Registered in Canada',
      'Trade-mark registered in Canada',
      'Canadian Trade Union',
      'Canadian Political Party',
      'Canadian Library Archive or Museum',
      'Trust established in Canada',
      'Aboriginal Peoples',
      'Legal Representative of a Canadian Citizen',
      'Official mark registered in Canada',
    ),
  },
  { name: 'CIRA Agreement', type: 'tickbox', required: true, hint: "I agree to CIRA's registrant agreement." },
];

const FIELDS: Record<string, readonly AdditionalField[]> = { us: US, uk: UK, 'co.uk': UK, 'org.uk': UK, eu: EU, ca: CA };

/** The fields a TLD (no dot, lower case) asks for; none for most. */
export function additionalFieldsFor(tld: string): readonly AdditionalField[] {
  return FIELDS[tld.toLowerCase()] ?? [];
}

/** A tickbox's answer as WHMCS stores a ticked one. */
const TICKED = 'on';

function missingMessage(field: AdditionalField, tld: string): string {
  if (field.type === 'tickbox') return `Tick "${field.name}" to register a .${tld} name.`;
  return `${field.type === 'dropdown' ? 'Choose' : 'Enter'} your ${field.name}: .${tld} registrations need it.`;
}

/**
 * The answers checked against the TLD's fields: the ones to send (known names, trimmed, empty
 * ones left out), and a message per field that is missing or not one of its options.
 */
export function checkAdditionalFields(
  tld: string,
  answers: Readonly<Record<string, string>>,
): { values: Record<string, string>; problems: Record<string, string> } {
  const values: Record<string, string> = {};
  const problems: Record<string, string> = {};
  for (const field of additionalFieldsFor(tld)) {
    const answer = (answers[field.name] ?? '').trim();
    if (!answer) {
      if (field.required) problems[field.name] = missingMessage(field, tld);
      continue;
    }
    if (field.options && !field.options.some((option) => option.value === answer)) {
      problems[field.name] = `Choose one of the listed values for ${field.name}.`;
      continue;
    }
    values[field.name] = field.type === 'tickbox' ? TICKED : answer;
  }
  return { values, problems };
}
