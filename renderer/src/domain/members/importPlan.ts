// What an import will do, row by row, before anything is written: add a new member, update the
// member it matches (by organisation number, then personal number, then e-mail), leave a member
// unchanged, or reject the row with the reason. The preview shows this plan; the repository
// carries it out in one transaction.
import type { CsvRowError, ParsedMemberRow } from './csv';
import { draftToFields, STATUS_DATE_FIELD, type CategoryRecord, type Contact, type Member, type MemberRecord } from './model';
import type { MemberDraft } from './types';

export type ImportAction = 'add' | 'update' | 'unchanged' | 'reject';
export type MatchKey = 'organisationNumber' | 'personalNumber' | 'email';

export type PlannedRow = {
  /** The row number the spreadsheet shows (the header is row 1). */
  row: number;
  action: ImportAction;
  name?: string;
  /** Why the row is rejected. */
  reasons: string[];
  /** Worth a look, but not a reason to refuse. */
  warnings: string[];
  matchId?: string;
  matchedBy?: MatchKey;
  /** For 'add' every field of the new member, for 'update' only the changed ones. */
  fields: Partial<Member>;
  changed: (keyof Member)[];
  /** A category that does not exist yet and is created by the import. */
  newCategory?: string;
};

export type ImportPlan = { rows: PlannedRow[]; newCategories: string[]; counts: Record<ImportAction, number> };

export type PlanOptions = {
  /** YYYY-MM-DD: the date given to a status change that the file does not date. */
  today: string;
  newId?: () => string;
  /** Every member number ever given, deleted members included: they are never reused. */
  usedNumbers?: Iterable<number>;
};

const KEY_TEXT: Record<MatchKey, string> = {
  organisationNumber: 'organisationsnummer',
  personalNumber: 'personnummer',
  email: 'e-postadress',
};

const fold = (s: string) => s.trim().toLowerCase();

function keysOf(d: MemberDraft): [MatchKey, string][] {
  const keys: [MatchKey, string][] = [];
  if (d.organisationNumber) keys.push(['organisationNumber', d.organisationNumber]);
  if (d.personalNumber) keys.push(['personalNumber', d.personalNumber]);
  if (d.email) keys.push(['email', fold(d.email)]);
  return keys;
}

class MemberLookup {
  private readonly by: Record<MatchKey, Map<string, MemberRecord[]>> = {
    organisationNumber: new Map(), personalNumber: new Map(), email: new Map(),
  };
  readonly byNumber = new Map<number, MemberRecord>();
  readonly names = new Set<string>();

  constructor(members: readonly MemberRecord[]) {
    for (const m of members) {
      this.byNumber.set(m.memberNumber, m);
      this.names.add(fold(m.name));
      if (m.organisationNumber) this.add('organisationNumber', m.organisationNumber, m);
      if (m.personalNumber) this.add('personalNumber', m.personalNumber, m);
      if (m.email) this.add('email', fold(m.email), m);
    }
  }

  private add(key: MatchKey, value: string, m: MemberRecord): void {
    const list = this.by[key].get(value);
    if (list) list.push(m);
    else this.by[key].set(value, [m]);
  }

  /** The strongest key decides; an e-mail shared by several members matches none of them. */
  find(keys: readonly [MatchKey, string][]): { member?: MemberRecord; key?: MatchKey; ambiguous?: string } {
    for (const [key, value] of keys) {
      const found = this.by[key].get(value);
      if (!found) continue;
      if (found.length > 1) {
        return { ambiguous: `${found.length} medlemmar har ${KEY_TEXT[key]} ${value} (nr ${found.map((m) => m.memberNumber).join(', ')}) – rätta registret först eller ta bort kolumnen` };
      }
      return { member: found[0], key };
    }
    return {};
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function mergeContact(contacts: readonly Contact[], d: MemberDraft, newId: () => string): Contact[] | undefined {
  if (!d.contactName && !d.contactEmail && !d.contactPhone) return undefined;
  const incoming: Omit<Contact, 'id'> = { name: d.contactName ?? '' };
  if (d.contactEmail) incoming.email = d.contactEmail;
  if (d.contactPhone) incoming.phone = d.contactPhone;
  const same = contacts.findIndex(
    (c) => (incoming.name && fold(c.name) === fold(incoming.name)) || (incoming.email && c.email && fold(c.email) === fold(incoming.email)),
  );
  if (same < 0) return [...contacts, { id: newId(), ...incoming }];
  const merged = { ...contacts[same]!, ...Object.fromEntries(Object.entries(incoming).filter(([, v]) => v)) };
  return contacts.map((c, i) => (i === same ? merged : c));
}

type Resolved = { categoryId?: string; newCategory?: string };

function resolveCategory(name: string | undefined, categories: ReadonlyMap<string, CategoryRecord>): Resolved {
  if (!name) return {};
  const found = categories.get(fold(name));
  return found ? { categoryId: found.id } : { newCategory: name.trim() };
}

function datedStatus(fields: Partial<Member>, today: string): void {
  if (!fields.status) return;
  const dateField = STATUS_DATE_FIELD[fields.status];
  if (fields.status !== 'active' && fields[dateField] === undefined) fields[dateField] = today;
}

function addFields(d: MemberDraft, cat: Resolved, today: string, newId: () => string): Partial<Member> {
  const fields: Partial<Member> = { status: 'active', tags: [], consentDirectory: false, consentNewsletter: false, ...draftToFields(d) };
  if (d.memberNumber !== undefined) fields.memberNumber = d.memberNumber;
  if (cat.categoryId) fields.categoryId = cat.categoryId;
  const contacts = mergeContact([], d, newId);
  if (contacts) fields.contacts = contacts;
  datedStatus(fields, today);
  return fields;
}

function updateFields(d: MemberDraft, existing: MemberRecord, cat: Resolved, today: string, newId: () => string): Partial<Member> {
  // The kind and the number are the register's: a file cannot turn a company into a person.
  const { kind: _kind, ...incoming } = draftToFields(d);
  const wanted: Partial<Member> = { ...incoming };
  if (incoming.tags) wanted.tags = [...new Set([...existing.tags, ...incoming.tags])];
  if (cat.categoryId) wanted.categoryId = cat.categoryId;
  const contacts = mergeContact(existing.contacts ?? [], d, newId);
  if (contacts) wanted.contacts = contacts;
  if (wanted.status && wanted.status !== existing.status) datedStatus(wanted, today);
  const patch: Partial<Member> = {};
  for (const [k, v] of Object.entries(wanted) as [keyof Member, unknown][]) {
    if (!sameValue(existing[k], v)) (patch as Record<string, unknown>)[k] = v;
  }
  return patch;
}

function rowSignature(d: MemberDraft): string {
  return JSON.stringify(d);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const IDS_PER_DRAW = 256;

/**
 * Random (version 4) UUIDs like `crypto.randomUUID()`, from the same generator, but drawn 256 at a
 * time: an import of 10,000 members needs two ids a member (the member and its contact), and one
 * `randomUUID` call per id cost more than the rest of stamping the member in Chromium.
 */
export function uuidSource(): () => string {
  const bytes = new Uint8Array(16 * IDS_PER_DRAW);
  let next = IDS_PER_DRAW;
  return () => {
    if (next === IDS_PER_DRAW) {
      crypto.getRandomValues(bytes);
      next = 0;
    }
    const o = 16 * next++;
    const h = (i: number) => HEX[bytes[o + i]!]!;
    const version = HEX[(bytes[o + 6]! & 0x0f) | 0x40]!;
    const variant = HEX[(bytes[o + 8]! & 0x3f) | 0x80]!;
    return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${version}${h(7)}-${variant}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
  };
}

export function planImport(
  parsed: { rows: readonly ParsedMemberRow[]; errors?: readonly CsvRowError[] },
  existing: readonly MemberRecord[],
  categories: readonly CategoryRecord[],
  options: PlanOptions,
): ImportPlan {
  const newId = options.newId ?? uuidSource();
  const lookup = new MemberLookup(existing);
  const used = new Set(options.usedNumbers ?? existing.map((m) => m.memberNumber));
  const catByName = new Map(categories.map((c) => [fold(c.name), c]));
  const seenSignature = new Map<string, number>();
  const seenKey: Record<MatchKey, Map<string, number>> = { organisationNumber: new Map(), personalNumber: new Map(), email: new Map() };
  const seenNumber = new Map<number, number>();
  const seenMatch = new Map<string, number>();
  const newCategories = new Map<string, string>();
  const rows: PlannedRow[] = [];

  for (const e of parsed.errors ?? []) {
    rows.push({ row: e.row, action: 'reject', reasons: [e.message], warnings: [], fields: {}, changed: [] });
  }

  for (const r of parsed.rows) {
    const reject = (reasons: string[], name?: string) =>
      rows.push({ row: r.row, action: 'reject', name, reasons, warnings: [], fields: {}, changed: [] });
    const d = r.member;
    if (!d) {
      reject(r.problems, r.label);
      continue;
    }
    const reasons: string[] = [];
    const signature = rowSignature(d);
    const copyOf = seenSignature.get(signature);
    if (copyOf !== undefined) {
      reject([`Raden är en kopia av rad ${copyOf}`], d.name);
      continue;
    }
    seenSignature.set(signature, r.row);
    const keys = keysOf(d);
    for (const [key, value] of keys) {
      const earlier = seenKey[key].get(value);
      if (earlier !== undefined) {
        reasons.push(`Samma ${KEY_TEXT[key]} (${value}) som rad ${earlier}`);
        break;
      }
    }
    if (reasons.length === 0) for (const [key, value] of keys) seenKey[key].set(value, r.row);

    const match = lookup.find(keys);
    if (match.ambiguous) reasons.push(match.ambiguous);
    const target = match.member;
    if (target && reasons.length === 0) {
      const earlier = seenMatch.get(target.id);
      if (earlier !== undefined) reasons.push(`Rad ${earlier} uppdaterar redan samma medlem (nr ${target.memberNumber}, ${target.name})`);
      else seenMatch.set(target.id, r.row);
    }
    if (d.memberNumber !== undefined) {
      const holder = lookup.byNumber.get(d.memberNumber);
      if (target && d.memberNumber !== target.memberNumber) {
        reasons.push(`Medlemsnumret ${d.memberNumber} stämmer inte med medlemmen som raden matchar (nr ${target.memberNumber}, ${target.name}) – ett medlemsnummer ändras aldrig`);
      } else if (!target && holder) {
        reasons.push(`Medlemsnumret ${d.memberNumber} tillhör redan ${holder.name}`);
      } else if (!target && used.has(d.memberNumber)) {
        reasons.push(`Medlemsnumret ${d.memberNumber} har använts förut och återanvänds inte – lämna cellen tom så får medlemmen nästa lediga nummer`);
      } else if (!target && seenNumber.has(d.memberNumber)) {
        reasons.push(`Medlemsnumret ${d.memberNumber} finns redan på rad ${seenNumber.get(d.memberNumber)}`);
      }
      if (reasons.length === 0 && !target) seenNumber.set(d.memberNumber, r.row);
    }
    if (reasons.length > 0) {
      reject(reasons, d.name);
      continue;
    }

    const cat = resolveCategory(d.category, catByName);
    if (cat.newCategory) newCategories.set(fold(cat.newCategory), newCategories.get(fold(cat.newCategory)) ?? cat.newCategory);
    const warnings: string[] = [];
    if (cat.newCategory) warnings.push(`Ny kategori ”${cat.newCategory}” skapas (avgift 0 kr tills du ändrar den)`);
    if (target) {
      const fields = updateFields(d, target, cat, options.today, newId);
      const changed = Object.keys(fields) as (keyof Member)[];
      const action: ImportAction = changed.length > 0 || cat.newCategory ? 'update' : 'unchanged';
      rows.push({ row: r.row, action, name: d.name, reasons: [], warnings, matchId: target.id, matchedBy: match.key, fields, changed, newCategory: cat.newCategory });
    } else {
      if (keys.length === 0 && lookup.names.has(fold(d.name))) {
        warnings.push(`Det finns redan en medlem som heter ${d.name} – raden saknar nummer och e-post att matcha på, så den läggs till som ny`);
      }
      const fields = addFields(d, cat, options.today, newId);
      rows.push({ row: r.row, action: 'add', name: d.name, reasons: [], warnings, fields, changed: Object.keys(fields) as (keyof Member)[], newCategory: cat.newCategory });
    }
  }

  rows.sort((a, b) => a.row - b.row);
  const counts: Record<ImportAction, number> = { add: 0, update: 0, unchanged: 0, reject: 0 };
  for (const r of rows) counts[r.action]++;
  return { rows, newCategories: [...newCategories.values()], counts };
}
