// The association's profile: shared by the whole board (a synced record), used on every
// document. Validation returns a code per field; the UI words it in the user's language.
import { isValidOrganisationNumber } from '../members/identity';
import { isValidBankgiro } from '../fees/bankgiro';
import { isValidSwishNumber } from './payment';

export type PressContact = { name: string; role?: string; phone?: string; email?: string };

export type OrgProfile = {
  name: string;
  organisationNumber?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  email?: string;
  website?: string;
  logo?: string; // data URL, PNG or JPEG
  color?: string; // #rrggbb
  bankgiro?: string;
  swishNumber?: string;
  fiscalYearStart?: string; // MM-DD, usually 01-01
  about?: string; // "Om föreningen"
  pressContacts?: PressContact[];
  /** BAS accounts for the membership fees in the export to the books (set under Avgifter → Export). */
  bankAccount?: string; // e.g. 1930
  feeIncomeAccount?: string; // e.g. 3890, 3010
};

export const PROFILE_ID = '00000000-0000-4000-8000-00000000a550';

export type ProfileField = keyof OrgProfile | `pressContacts.${number}.${keyof PressContact}`;
export type ProfileErrorCode =
  | 'required'
  | 'orgNumber'
  | 'email'
  | 'website'
  | 'postalCode'
  | 'color'
  | 'bankgiro'
  | 'swish'
  | 'fiscalYearStart'
  | 'tooLong';
export type ProfileErrors = Partial<Record<ProfileField, ProfileErrorCode>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(s: string): boolean {
  return EMAIL.test(s) && s.length <= 254;
}

export function isValidWebsite(s: string): boolean {
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(s) ? s : `https://${s}`);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

export function isValidFiscalYearStart(s: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const filled = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

export function validateProfile(p: OrgProfile): ProfileErrors {
  const e: ProfileErrors = {};
  if (!filled(p.name)) e.name = 'required';
  else if (p.name.length > 200) e.name = 'tooLong';
  if (filled(p.organisationNumber) && !isValidOrganisationNumber(p.organisationNumber.trim())) e.organisationNumber = 'orgNumber';
  if (filled(p.email) && !isValidEmail(p.email.trim())) e.email = 'email';
  if (filled(p.website) && !isValidWebsite(p.website.trim())) e.website = 'website';
  if (filled(p.postalCode) && !/^\d{3} ?\d{2}$/.test(p.postalCode.trim())) e.postalCode = 'postalCode';
  if (filled(p.color) && !/^#[0-9a-f]{6}$/i.test(p.color)) e.color = 'color';
  if (filled(p.bankgiro) && !isValidBankgiro(p.bankgiro.trim())) e.bankgiro = 'bankgiro';
  if (filled(p.swishNumber) && !isValidSwishNumber(p.swishNumber.trim())) e.swishNumber = 'swish';
  if (filled(p.fiscalYearStart) && !isValidFiscalYearStart(p.fiscalYearStart)) e.fiscalYearStart = 'fiscalYearStart';
  if (filled(p.about) && p.about.length > 5000) e.about = 'tooLong';
  (p.pressContacts ?? []).forEach((c, i) => {
    if (!filled(c.name)) e[`pressContacts.${i}.name`] = 'required';
    if (filled(c.email) && !isValidEmail(c.email.trim())) e[`pressContacts.${i}.email`] = 'email';
  });
  return e;
}

/** Trims text fields and drops empty ones, so what is stored is what a document prints. */
export function normaliseProfile(p: OrgProfile): OrgProfile {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'string') {
      const t = k === 'about' ? v.trim() : v.trim().replace(/\s+/g, ' ');
      if (t !== '') out[k] = t;
    } else if (v !== undefined) out[k] = v;
  }
  if (Array.isArray(p.pressContacts)) out.pressContacts = p.pressContacts.map((c) => normaliseProfile(c as OrgProfile) as unknown as PressContact);
  return out as OrgProfile;
}

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export type LogoCheck = { ok: true; mime: 'image/png' | 'image/jpeg' } | { ok: false; reason: 'notImage' | 'tooLarge' | 'empty' };

/** Judges a picked file by its bytes, not its name: PNG or JPEG, at most 2 MB. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const png = bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!png && !jpeg) return { ok: false, reason: 'notImage' };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, reason: 'tooLarge' };
  return { ok: true, mime: png ? 'image/png' : 'image/jpeg' };
}
