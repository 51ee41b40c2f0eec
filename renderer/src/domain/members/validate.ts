// Checking a member from the form before it is saved: every problem gets a Swedish message
// beside its field, and numbers are stored in one normal form so search and matching find them.
import { readDate, readEmail } from './csv-values';
import { checkOrganisationNumber, checkPersonalNumber, describeIdentityProblem } from './identity';
import type { Contact, Member } from './model';

export type MemberInput = Omit<Member, 'memberNumber'>;

/** Field path ("email", "contacts.0.email") to a Swedish message. */
export type MemberErrors = Record<string, string>;

const TEXT_FIELDS = [
  'name', 'organisationNumber', 'personalNumber', 'email', 'phone', 'street', 'postalCode', 'city', 'country',
  'invoiceStreet', 'invoicePostalCode', 'invoiceCity', 'invoiceEmail', 'website', 'notes',
  'appliedDate', 'joinedDate', 'resignedDate', 'excludedDate',
] as const;

function clean(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

/** Trimmed, empty fields removed, identity numbers in their normal form when they are valid. */
export function normaliseMember(m: MemberInput, today: Date = new Date()): MemberInput {
  const out: MemberInput = { ...m, name: m.name.trim() };
  for (const k of TEXT_FIELDS) {
    if (k === 'name') continue;
    const v = clean(out[k]);
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  if (out.organisationNumber) {
    const c = checkOrganisationNumber(out.organisationNumber, { allowSoleTrader: true, today });
    if (c.ok) out.organisationNumber = c.normalised;
  }
  if (out.personalNumber) {
    const c = checkPersonalNumber(out.personalNumber, today);
    if (c.ok) out.personalNumber = c.normalised;
  }
  out.tags = [...new Set(m.tags.map((t) => t.trim()).filter(Boolean))];
  out.contacts = (m.contacts ?? [])
    .map((c): Contact => {
      const contact: Contact = { id: c.id, name: c.name.trim() };
      for (const k of ['role', 'email', 'phone'] as const) {
        const v = clean(c[k]);
        if (v !== undefined) contact[k] = v;
      }
      return contact;
    })
    .filter((c) => c.name || c.email || c.phone || c.role);
  // A person has no organisation fields; an organisation's personal number would be a sole
  // trader's, which belongs in the organisation number field.
  if (out.kind === 'person') {
    delete out.organisationNumber;
    out.contacts = [];
  } else {
    delete out.personalNumber;
  }
  return out;
}

function checkEmail(value: string | undefined, label: string, errors: MemberErrors, key: string): void {
  if (!value) return;
  const r = readEmail(value, label);
  if (!r.ok) errors[key] = `Ogiltig e-postadress – skriv den som namn@exempel.se`;
}

function checkDate(value: string | undefined, errors: MemberErrors, key: string): void {
  if (!value) return;
  const r = readDate(value);
  if (!r.ok) errors[key] = r.message;
}

const isSweden = (country: string | undefined) => !country || /^(sverige|sweden|se)$/i.test(country);

/** Problems in a normalised member, by field. Empty when it can be saved. */
export function validateMember(m: MemberInput, today: Date = new Date()): MemberErrors {
  const errors: MemberErrors = {};
  if (!m.name) errors.name = m.kind === 'person' ? 'Skriv personens namn' : 'Skriv organisationens namn';
  if (m.kind === 'organisation' && m.organisationNumber) {
    const c = checkOrganisationNumber(m.organisationNumber, { allowSoleTrader: true, today });
    if (!c.ok) errors.organisationNumber = `Organisationsnumret stämmer inte: ${describeIdentityProblem(c.problem)}`;
  }
  if (m.kind === 'person' && m.personalNumber) {
    const c = checkPersonalNumber(m.personalNumber, today);
    if (!c.ok) errors.personalNumber = `Personnumret stämmer inte: ${describeIdentityProblem(c.problem)}`;
  }
  checkEmail(m.email, 'E-post', errors, 'email');
  checkEmail(m.invoiceEmail, 'Faktura-e-post', errors, 'invoiceEmail');
  if (m.postalCode && isSweden(m.country) && !/^\d{3}\s?\d{2}$/.test(m.postalCode)) {
    errors.postalCode = 'Ett svenskt postnummer har fem siffror, till exempel 411 01';
  }
  if (m.invoicePostalCode && !/^\d{3}\s?\d{2}$/.test(m.invoicePostalCode)) {
    errors.invoicePostalCode = 'Ett svenskt postnummer har fem siffror, till exempel 411 01';
  }
  if (m.website && /\s/.test(m.website)) errors.website = 'En webbadress kan inte innehålla mellanslag';
  for (const k of ['appliedDate', 'joinedDate', 'resignedDate', 'excludedDate'] as const) checkDate(m[k], errors, k);
  if (m.status === 'resigned' && !m.resignedDate) errors.resignedDate = 'Ange när medlemmen utträdde';
  if (m.status === 'excluded' && !m.excludedDate) errors.excludedDate = 'Ange när medlemmen uteslöts';
  (m.contacts ?? []).forEach((c, i) => {
    if (!c.name) errors[`contacts.${i}.name`] = 'Skriv kontaktpersonens namn';
    checkEmail(c.email, 'Kontaktpersonens e-post', errors, `contacts.${i}.email`);
  });
  return errors;
}
