// From a stored release to what the documents print: the association's details, the checks a
// release must pass before it leaves the house, and the model the PDF renderer takes.
import { isEmptyBlock } from './blocks';
import { captionWithCredit, isValidEmbargo } from './format';
import type { PressBlock, PressReleaseData, ReleaseContact, ReleaseOrg } from './types';
import type { OrgProfile } from '../org/profile';

/** The parts of the association's profile a release uses; any of them may still be missing. */
export type ProfileLike = Partial<OrgProfile>;

export function orgFromProfile(p: ProfileLike | undefined): ReleaseOrg {
  const town = [p?.postalCode, p?.city].filter(Boolean).join(' ');
  const address = [p?.street, town].filter(Boolean).join(', ');
  const org: ReleaseOrg = { name: p?.name?.trim() ?? '' };
  if (p?.organisationNumber) org.organisationNumber = p.organisationNumber;
  if (address) org.address = address;
  if (p?.email) org.email = p.email;
  if (p?.website) org.website = p.website;
  if (p?.logo) org.logo = p.logo;
  if (p?.color) org.color = p.color;
  return org;
}

/** What a new release starts with: today's date, the boilerplate and the press contacts. */
export function newReleaseData(seriesId: string, today: string, profile: ProfileLike | undefined): PressReleaseData {
  return {
    seriesId,
    version: 1,
    status: 'draft',
    date: today,
    headline: '',
    lead: '',
    body: [],
    ...boilerplateFromProfile(profile),
    contacts: contactsFromProfile(profile),
  };
}

export function boilerplateFromProfile(p: ProfileLike | undefined): { aboutHeading: string; aboutText: string } {
  const name = p?.name?.trim();
  return { aboutHeading: name ? `Om ${name}` : 'Om föreningen', aboutText: p?.about?.trim() ?? '' };
}

export function contactsFromProfile(p: ProfileLike | undefined): ReleaseContact[] {
  return (p?.pressContacts ?? []).map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' }));
}

export type ReleaseProblem =
  | { code: 'noOrgName' }
  | { code: 'noHeadline' }
  | { code: 'noLead' }
  | { code: 'badDate' }
  | { code: 'badEmbargo' }
  | { code: 'quoteNoName'; blockId: string; index: number }
  | { code: 'quoteNoText'; blockId: string; index: number }
  | { code: 'contactNoName'; index: number };

/** What stops a release from being exported or published; empty when it is fit to send. */
export function checkRelease(r: PressReleaseData, org: ReleaseOrg): ReleaseProblem[] {
  const problems: ReleaseProblem[] = [];
  if (!org.name.trim()) problems.push({ code: 'noOrgName' });
  if (!r.headline.trim()) problems.push({ code: 'noHeadline' });
  if (!r.lead.trim()) problems.push({ code: 'noLead' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date) || !isValidEmbargo(`${r.date}T00:00`)) problems.push({ code: 'badDate' });
  if (r.embargo && !isValidEmbargo(r.embargo)) problems.push({ code: 'badEmbargo' });
  r.body.forEach((b, index) => {
    if (b.type !== 'quote' || isEmptyBlock(b)) return;
    if (!b.name.trim()) problems.push({ code: 'quoteNoName', blockId: b.id, index });
    if (!b.text.trim()) problems.push({ code: 'quoteNoText', blockId: b.id, index });
  });
  r.contacts.forEach((c, index) => {
    const any = [c.role, c.phone, c.email].some((v) => v && v.trim());
    if (!c.name.trim() && any) problems.push({ code: 'contactNoName', index });
  });
  return problems;
}

/** The blocks that print, in order; empty ones (a picture never picked) are left out. */
export function printedBlocks(body: PressBlock[]): PressBlock[] {
  return body.filter((b) => !isEmptyBlock(b));
}

/** Contacts with a name; a row the writer left empty prints nothing. */
export function printedContacts(contacts: ReleaseContact[]): ReleaseContact[] {
  return contacts.filter((c) => c.name.trim() !== '');
}

type PdfBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'quote'; text: string; name: string; title?: string }
  | { type: 'image'; src: string; caption?: string };

export type PressPdfModel = {
  date: string;
  /** Not yet printed by the PDF renderer (reported); sent so it prints once it is. */
  embargo?: string;
  headline: string;
  lead: string;
  body: PdfBlock[];
  about?: { heading: string; text: string };
  contacts: { name: string; role?: string; phone?: string; email?: string }[];
};

const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** The model for `renderPdf({ kind: 'press-release' })`; call checkRelease first. */
export function toPdfModel(r: PressReleaseData): PressPdfModel {
  const body = printedBlocks(r.body).map((b): PdfBlock => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return { type: b.type, text: b.text.trim() };
      case 'quote':
        return { type: 'quote', text: b.text.trim(), name: b.name.trim(), title: opt(b.title) };
      case 'image':
        return { type: 'image', src: b.src, caption: opt(captionWithCredit(b.caption, b.credit)) };
    }
  });
  const about = r.aboutText.trim() ? { heading: r.aboutHeading.trim() || 'Om föreningen', text: r.aboutText.trim() } : undefined;
  const contacts = printedContacts(r.contacts).map((c) => ({ name: c.name.trim(), role: opt(c.role), phone: opt(c.phone), email: opt(c.email) }));
  return { date: r.date, ...(r.embargo ? { embargo: r.embargo } : {}), headline: r.headline.trim(), lead: r.lead.trim(), body, ...(about ? { about } : {}), contacts };
}
