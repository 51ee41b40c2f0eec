// Readable names of the member fields, for the history of changes and the register extract
// (a member who asks what is held about them should not have to read "consentNewsletter").
import type { Member } from './model';

type Labels = Record<keyof Member, { sv: string; en: string }>;

export const MEMBER_FIELD_LABELS: Labels = {
  kind: { sv: 'Typ', en: 'Type' },
  memberNumber: { sv: 'Medlemsnummer', en: 'Member number' },
  name: { sv: 'Namn', en: 'Name' },
  organisationNumber: { sv: 'Organisationsnummer', en: 'Organisation number' },
  personalNumber: { sv: 'Personnummer', en: 'Personal identity number' },
  email: { sv: 'E-post', en: 'E-mail' },
  phone: { sv: 'Telefon', en: 'Phone' },
  street: { sv: 'Gatuadress', en: 'Street address' },
  postalCode: { sv: 'Postnummer', en: 'Postal code' },
  city: { sv: 'Ort', en: 'City' },
  country: { sv: 'Land', en: 'Country' },
  invoiceStreet: { sv: 'Fakturaadress', en: 'Invoice address' },
  invoicePostalCode: { sv: 'Fakturapostnummer', en: 'Invoice postal code' },
  invoiceCity: { sv: 'Fakturaort', en: 'Invoice city' },
  invoiceEmail: { sv: 'Faktura-e-post', en: 'Invoice e-mail' },
  website: { sv: 'Webbplats', en: 'Website' },
  contacts: { sv: 'Kontaktpersoner', en: 'Contact persons' },
  categoryId: { sv: 'Kategori', en: 'Category' },
  status: { sv: 'Status', en: 'Status' },
  appliedDate: { sv: 'Ansökningsdatum', en: 'Applied on' },
  joinedDate: { sv: 'Medlem sedan', en: 'Member since' },
  resignedDate: { sv: 'Utträdesdatum', en: 'Resigned on' },
  excludedDate: { sv: 'Uteslutningsdatum', en: 'Excluded on' },
  tags: { sv: 'Taggar', en: 'Tags' },
  notes: { sv: 'Anteckningar', en: 'Notes' },
  consentDirectory: { sv: 'Samtycke till medlemsförteckningen', en: 'Consent to the member directory' },
  consentNewsletter: { sv: 'Samtycke till nyhetsbrev', en: 'Consent to newsletters' },
  anonymisedAt: { sv: 'Anonymiserad', en: 'Anonymised' },
};

/** The label of a field in a change entry; unknown fields (from a newer version) keep their name. */
export function fieldLabel(field: string, lang: 'sv' | 'en'): string {
  return (MEMBER_FIELD_LABELS as Record<string, { sv: string; en: string } | undefined>)[field]?.[lang] ?? field;
}

const ORDER = new Map(Object.keys(MEMBER_FIELD_LABELS).map((k, i) => [k, i]));

/** Fields in the order the member page shows them, so a history line reads the same every time. */
export function inFormOrder(fields: readonly string[]): string[] {
  return [...fields].sort((a, b) => (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999));
}
