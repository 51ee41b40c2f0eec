// GDPR for the register: the register extract (registerutdrag, article 15) with everything held
// about one member, anonymisation of a member who has left, and the retention rule.
//
// Retention: bokföringslagen (1999:1078) 7 kap. 2 § keeps accounting records until the end of
// the seventh year after the end of the calendar year in which the financial year ended. A
// former member's invoices and payments are such records, so the member record they point to
// stays (anonymised) until then, and may be removed after.
import { fieldLabel } from './fieldLabels';
import { KIND_TEXT, STATUS_TEXT } from './csv-values';
import type { Member } from './model';

export type ExtractChange = { at: string; userName: string; kind: 'create' | 'update' | 'delete'; fields: string[] };

export type RegisterExtractInput = {
  member: Member & { id: string; createdAt?: string; updatedAt?: string };
  categoryName?: string;
  association: { name: string; organisationNumber?: string; email?: string };
  changes: readonly ExtractChange[];
  /** Full ISO time of the extract. */
  generatedAt: string;
};

function describe(field: keyof Member, m: Member, categoryName?: string): unknown {
  switch (field) {
    case 'kind': return KIND_TEXT[m.kind];
    case 'status': return STATUS_TEXT[m.status];
    case 'categoryId': return categoryName ?? m.categoryId;
    case 'consentDirectory': case 'consentNewsletter': return m[field] ? 'ja' : 'nej';
    case 'contacts':
      return (m.contacts ?? []).map((c) => ({ Namn: c.name, Roll: c.role, 'E-post': c.email, Telefon: c.phone }));
    case 'tags': return m.tags;
    default: return m[field];
  }
}

/** Everything Kansli holds about one member, in Swedish, as a JSON-ready object. */
export function registerExtract(input: RegisterExtractInput): Record<string, unknown> {
  const { member: m } = input;
  const uppgifter: Record<string, unknown> = {};
  for (const key of Object.keys(m) as (keyof Member)[]) {
    if (!(key in FIELD_ORDER)) continue;
    const value = describe(key, m, input.categoryName);
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    uppgifter[fieldLabel(key, 'sv')] = value;
  }
  const ordered = Object.fromEntries(
    Object.entries(uppgifter).sort(([a], [b]) => (FIELD_RANK.get(a) ?? 99) - (FIELD_RANK.get(b) ?? 99)),
  );
  return {
    Dokument: 'Registerutdrag enligt dataskyddsförordningen (GDPR) artikel 15',
    Personuppgiftsansvarig: {
      Namn: input.association.name,
      Organisationsnummer: input.association.organisationNumber,
      'E-post': input.association.email,
    },
    Upprättat: input.generatedAt,
    Ändamål: 'Medlemsregister: medlemskap, medlemsavgifter, kallelser till möten och, med samtycke, medlemsförteckning och nyhetsbrev.',
    Rättslig_grund: 'Medlemskapet (avtal) och bokföringslagen för fakturor och betalningar; samtycke för medlemsförteckning och nyhetsbrev.',
    Lagringstid: 'Så länge medlemskapet består. Efter utträde anonymiseras uppgifterna; bokföringsuppgifter sparas i sju år efter utgången av det kalenderår då räkenskapsåret avslutades.',
    Uppgifter: ordered,
    Registrerad: m.createdAt,
    Senast_ändrad: m.updatedAt,
    Ändringshistorik: input.changes.map((c) => ({
      Tidpunkt: c.at,
      Av: c.userName,
      Händelse: c.kind === 'create' ? 'skapad' : c.kind === 'delete' ? 'borttagen' : 'ändrad',
      Fält: c.fields.map((f) => fieldLabel(f, 'sv')),
    })),
  };
}

const FIELD_ORDER: Record<keyof Member, number> = {
  memberNumber: 1, kind: 2, name: 3, organisationNumber: 4, personalNumber: 5, email: 6, phone: 7, street: 8,
  postalCode: 9, city: 10, country: 11, invoiceStreet: 12, invoicePostalCode: 13, invoiceCity: 14, invoiceEmail: 15,
  website: 16, contacts: 17, categoryId: 18, status: 19, appliedDate: 20, joinedDate: 21, resignedDate: 22,
  excludedDate: 23, tags: 24, notes: 25, consentDirectory: 26, consentNewsletter: 27, anonymisedAt: 28,
};
const FIELD_RANK = new Map(Object.entries(FIELD_ORDER).map(([k, v]) => [fieldLabel(k, 'sv'), v]));

/** Only a member who has left can be anonymised: an active member's data is still needed. */
export function canAnonymise(m: Pick<Member, 'status' | 'anonymisedAt'>): boolean {
  return (m.status === 'resigned' || m.status === 'excluded') && !m.anonymisedAt;
}

// Kept: what bookkeeping and the member numbering need. An organisation's name and number are
// not personal data, except a sole trader's, whose number is the owner's personnummer (it is
// stored in its 12-digit form, "YYYYMMDD-NNNN") and whose firm name is often the owner's name.
const KEPT: readonly (keyof Member)[] = [
  'kind', 'memberNumber', 'categoryId', 'status', 'appliedDate', 'joinedDate', 'resignedDate', 'excludedDate',
];

/**
 * The patch that anonymises a member: every personal field cleared (undefined), the name
 * replaced, consents withdrawn. Apply with the repository's update so the clearing syncs.
 */
export function anonymisePatch(m: Member, now: string): Partial<Member> {
  const soleTrader = m.kind === 'organisation' && /^\d{8}-\d{4}$/.test(m.organisationNumber ?? '');
  const keepOrg = m.kind === 'organisation' && !soleTrader;
  const patch: Partial<Member> = {};
  for (const key of Object.keys(FIELD_ORDER) as (keyof Member)[]) {
    if (KEPT.includes(key)) continue;
    if (keepOrg && (key === 'name' || key === 'organisationNumber')) continue;
    (patch as Record<string, unknown>)[key] = undefined;
  }
  if (!keepOrg) patch.name = `Anonymiserad medlem nr ${m.memberNumber}`;
  patch.tags = [];
  patch.contacts = [];
  patch.consentDirectory = false;
  patch.consentNewsletter = false;
  patch.anonymisedAt = now;
  return patch;
}

/** The last day (YYYY-MM-DD) the records of a member who left on `leftDate` must be kept. */
export function retentionEnds(leftDate: string): string {
  return `${Number(leftDate.slice(0, 4)) + 7}-12-31`;
}

/** Members who left so long ago that even their bookkeeping trail may be removed. */
export function pastRetention<M extends Pick<Member, 'status' | 'resignedDate' | 'excludedDate'>>(members: readonly M[], today: string): M[] {
  return members.filter((m) => {
    const left = m.status === 'resigned' ? m.resignedDate : m.status === 'excluded' ? m.excludedDate : undefined;
    return left !== undefined && retentionEnds(left) < today;
  });
}

/** The same extract as a document model for the 'register-extract' PDF (values as text). */
export function registerExtractDocument(input: RegisterExtractInput) {
  const extract = registerExtract(input) as { Uppgifter: Record<string, unknown>; Ändamål: string; Rättslig_grund: string; Lagringstid: string };
  const asText = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(asText).join(typeof value[0] === 'object' ? '\n' : ', ');
    if (value && typeof value === 'object') return Object.values(value).filter((v) => v !== undefined && v !== '').map(asText).join(', ');
    return String(value);
  };
  return {
    generated: input.generatedAt.slice(0, 10),
    subject: input.member.name,
    controller: input.association,
    purpose: extract.Ändamål,
    legalBasis: extract.Rättslig_grund,
    retention: extract.Lagringstid,
    fields: Object.entries(extract.Uppgifter).map(([label, value]) => ({ label, value: asText(value) })),
    history: input.changes.map((c) => ({
      at: c.at.slice(0, 16).replace('T', ' '),
      by: c.userName || undefined,
      event: c.kind === 'create' ? 'skapad' : c.kind === 'delete' ? 'borttagen' : 'ändrad',
      fields: c.fields.map((f) => fieldLabel(f, 'sv')).join(', '),
    })),
  };
}
