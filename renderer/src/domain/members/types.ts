// The member model as it comes in from a file or a form, before it gets an id and clocks.
// Flat and JSON-serialisable: no Dates, no classes, no undefined-valued keys needed.

export type MemberKind = 'organisation' | 'person';

export type MemberStatus = 'applied' | 'active' | 'resigned' | 'excluded';

export const MEMBER_STATUSES: readonly MemberStatus[] = ['applied', 'active', 'resigned', 'excluded'];

export type MemberAddress = {
  street?: string;
  postalCode?: string;
  city?: string;
  country?: string;
};

export type MemberDraft = {
  kind: MemberKind;
  name: string;
  /** "NNNNNN-NNNN"; for a sole trader (enskild firma) the owner's personnummer, "YYYYMMDD-NNNN". */
  organisationNumber?: string;
  /** "YYYYMMDD-NNNN" (personnummer or samordningsnummer). */
  personalNumber?: string;
  email?: string;
  phone?: string;
  address?: MemberAddress;
  invoiceEmail?: string;
  website?: string;
  category?: string;
  memberNumber?: number;
  status?: MemberStatus;
  /** YYYY-MM-DD */
  joinedDate?: string;
  tags?: string[];
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  notes?: string;
  /** May be shown in the member directory (medlemsförteckning). */
  consentDirectory?: boolean;
  /** Wants the newsletter. */
  consentNewsletter?: boolean;
};

/**
 * What a CSV column can hold. The address is flattened (street, postalCode, city, country), and a
 * few fields exist only on the way in: `firstName`/`lastName` are joined into `name`,
 * `postalAddress` ("411 01 Göteborg") is split into postal code and city, and `identityNumber`
 * (one column for "person-/organisationsnummer") is routed by what the number turns out to be.
 */
export type MemberField =
  | 'kind'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'organisationNumber'
  | 'personalNumber'
  | 'identityNumber'
  | 'email'
  | 'phone'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'postalAddress'
  | 'country'
  | 'invoiceEmail'
  | 'website'
  | 'category'
  | 'memberNumber'
  | 'status'
  | 'joinedDate'
  | 'tags'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'notes'
  | 'consentDirectory'
  | 'consentNewsletter';

/** Column index (0-based, as in the file) to the field it fills, or null to ignore the column. */
export type ColumnMapping = Record<number, MemberField | null>;
