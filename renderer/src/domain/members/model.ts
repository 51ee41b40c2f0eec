// The member as the register keeps it. Flat on purpose: sync merges per top-level field, so the
// address, the invoice address and each status date are their own fields, and two officers who
// edit the phone number and the notes at the same time both keep their edit. Contacts are one
// list field: they are edited together, in one form, and rarely by two people at once.
import type { MemberDraft, MemberKind, MemberStatus } from './types';

export type Contact = {
  /** Stable within the member, so an edited contact is recognised as the same person. */
  id: string;
  name: string;
  role?: string;
  email?: string;
  phone?: string;
};

export type Member = {
  kind: MemberKind;
  /** Löpnummer: given once, never reused, not even after the member is deleted. */
  memberNumber: number;
  name: string;
  organisationNumber?: string;
  personalNumber?: string;
  email?: string;
  phone?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  country?: string;
  /** Invoice address, when it differs from the address. */
  invoiceStreet?: string;
  invoicePostalCode?: string;
  invoiceCity?: string;
  invoiceEmail?: string;
  website?: string;
  contacts?: Contact[];
  categoryId?: string;
  status: MemberStatus;
  /** YYYY-MM-DD for each status the member has had. */
  appliedDate?: string;
  joinedDate?: string;
  resignedDate?: string;
  excludedDate?: string;
  tags: string[];
  notes?: string;
  consentDirectory: boolean;
  consentNewsletter: boolean;
  /** Full ISO time when personal data was removed (GDPR); the record stays for bookkeeping. */
  anonymisedAt?: string;
};

/** A member as stored, with the id every record has. */
export type MemberRecord = Member & { id: string };

export type Category = {
  name: string;
  /** The current annual fee in öre (the fees area sets per-year fees from it). */
  feeOre: number;
  /** Position in lists; lower first. */
  order: number;
};

export type CategoryRecord = Category & { id: string };

/**
 * The association's starting categories. Fixed ids, so two officers who both open the register
 * before their first sync create the same records instead of two sets.
 */
export const DEFAULT_CATEGORIES: readonly CategoryRecord[] = [
  { id: 'category-foretag-1-9', name: 'Företag 1–9 anställda', feeOre: 150_000, order: 1 },
  { id: 'category-foretag-10-49', name: 'Företag 10–49 anställda', feeOre: 300_000, order: 2 },
  { id: 'category-foretag-50', name: 'Företag 50+ anställda', feeOre: 600_000, order: 3 },
  { id: 'category-offentlig', name: 'Offentlig organisation', feeOre: 300_000, order: 4 },
  { id: 'category-privatperson', name: 'Privatperson', feeOre: 30_000, order: 5 },
  { id: 'category-hedersmedlem', name: 'Hedersmedlem', feeOre: 0, order: 6 },
];

/** The next löpnummer: one above the highest ever given (deleted members included). */
export function nextMemberNumber(usedNumbers: Iterable<number>): number {
  let max = 0;
  for (const n of usedNumbers) if (Number.isFinite(n) && n > max) max = n;
  return max + 1;
}

/** The date field that records when a member got a status. */
export const STATUS_DATE_FIELD: Record<MemberStatus, 'appliedDate' | 'joinedDate' | 'resignedDate' | 'excludedDate'> = {
  applied: 'appliedDate',
  active: 'joinedDate',
  resigned: 'resignedDate',
  excluded: 'excludedDate',
};

/** The date of the member's current status, if known. */
export function statusDate(m: Pick<Member, 'status' | 'appliedDate' | 'joinedDate' | 'resignedDate' | 'excludedDate'>): string | undefined {
  return m[STATUS_DATE_FIELD[m.status]];
}

export function newContactId(): string {
  return crypto.randomUUID();
}

/**
 * The fields of a read file row as member fields (without number and category, which the
 * import decides). Only fields that the row has are set, so an update leaves the rest alone.
 */
export function draftToFields(d: MemberDraft): Partial<Member> {
  const out: Partial<Member> = { kind: d.kind, name: d.name };
  const set = <K extends keyof Member>(k: K, v: Member[K] | undefined) => {
    if (v !== undefined && v !== '') out[k] = v;
  };
  set('organisationNumber', d.organisationNumber);
  set('personalNumber', d.personalNumber);
  set('email', d.email);
  set('phone', d.phone);
  set('street', d.address?.street);
  set('postalCode', d.address?.postalCode);
  set('city', d.address?.city);
  set('country', d.address?.country);
  set('invoiceEmail', d.invoiceEmail);
  set('website', d.website);
  set('status', d.status);
  set('joinedDate', d.joinedDate);
  if (d.tags && d.tags.length > 0) out.tags = d.tags;
  set('notes', d.notes);
  set('consentDirectory', d.consentDirectory);
  set('consentNewsletter', d.consentNewsletter);
  return out;
}

/** A member in the shape of the CSV seam (membersToCsv), with its category's name. */
export function memberToDraft(m: Member, categoryName?: string): MemberDraft {
  const contact = m.contacts?.[0];
  const address = { street: m.street, postalCode: m.postalCode, city: m.city, country: m.country };
  const hasAddress = Object.values(address).some((v) => v !== undefined && v !== '');
  const draft: MemberDraft = {
    kind: m.kind,
    name: m.name,
    organisationNumber: m.organisationNumber,
    personalNumber: m.personalNumber,
    email: m.email,
    phone: m.phone,
    address: hasAddress ? address : undefined,
    invoiceEmail: m.invoiceEmail,
    website: m.website,
    category: categoryName,
    memberNumber: m.memberNumber,
    status: m.status,
    joinedDate: m.joinedDate,
    tags: m.tags.length > 0 ? m.tags : undefined,
    contactName: contact?.name,
    contactEmail: contact?.email,
    contactPhone: contact?.phone,
    notes: m.notes,
    consentDirectory: m.consentDirectory,
    consentNewsletter: m.consentNewsletter,
  };
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as MemberDraft;
}

/** A blank member for the "new member" form. */
export function emptyMember(kind: MemberKind = 'organisation'): Omit<Member, 'memberNumber'> {
  return { kind, name: '', status: 'active', tags: [], contacts: [], consentDirectory: false, consentNewsletter: false };
}
