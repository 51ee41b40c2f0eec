// The member register: mostly IT companies, some public bodies, sole traders and private persons.
import { DEFAULT_CATEGORIES, type CategoryRecord, type Contact, type MemberRecord } from '../../renderer/src/domain/members/model';
import type { MemberStatus } from '../../renderer/src/domain/members/types';
import { organisationNumber, personalNumber, type LegalForm } from './identity';
import type { Rng } from './prng';
import { atDay, dayOfYear, type Stamped, type Stamper } from './stamp';
import { sentence } from './text';
import { asciiSlug, COMPANY_FORMS, COMPANY_STEMS, COMPANY_WORDS, FIRST_NAMES, POSTCODES, STREETS, SURNAMES } from './words';

export type BenchCategory = CategoryRecord & Stamped;
export type BenchMember = MemberRecord & Stamped;

const TAGS = ['styrelse', 'mentor', 'sponsor', 'utställare', 'AI', 'säkerhet', 'spel', 'e-hälsa', 'startup'];
const ROLES = ['VD', 'Kontaktperson', 'HR-ansvarig', 'Verksamhetschef', 'Marknadschef', 'CTO'];

const AREA_CODES: Record<string, string> = {
  Stockholm: '08', Kista: '08', Solna: '08', Sundbyberg: '08', Lidingö: '08', Göteborg: '031', Mölndal: '031',
  Malmö: '040', Lund: '046', Uppsala: '018', Umeå: '090', Luleå: '0920', Linköping: '013', Örebro: '019',
};

function phone(rng: Rng, city: string | undefined, mobile: boolean): string {
  if (mobile || !city) return `07${rng.pick(['0', '2', '3', '6'])}-${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
  const area = AREA_CODES[city] ?? `0${rng.int(11, 69)}`;
  return `${area}-${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
}

function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
}

type Org = { name: string; form: LegalForm; soleTrader?: boolean };

const PREFIXES = ['', '', '', 'Nya ', 'Svenska ', 'Nordiska ', 'Smarta ', 'Första ', 'Agila ', 'Lilla '];

/** A member organisation whose name is not taken yet: registers do not hold two "Norrsken Data AB". */
function organisation(rng: Rng, city: string, taken: Set<string>): Org {
  let org = candidate(rng, city);
  for (let tries = 0; taken.has(org.name) && tries < 5; tries++) org = candidate(rng, city);
  for (let n = 2; taken.has(org.name); n++) {
    // Still taken: the town in the name, as companies with common names do ("Data Konsult i Luleå AB").
    const name = org.name.replace(/( AB| Aktiebolag| HB| KB| ekonomisk förening)?$/, (form) => ` i ${city}${n > 2 ? ` ${n}` : ''}${form}`);
    if (!taken.has(name)) org = { ...org, name };
  }
  return keep(org, taken);
}

function keep(org: Org, taken: Set<string>): Org {
  taken.add(org.name);
  return org;
}

function candidate(rng: Rng, city: string): Org {
  const r = rng.next();
  if (r < 0.03) return { name: rng.chance(0.5) ? `${city} kommun` : `${city}s näringslivsbolag AB`, form: 'public' };
  if (r < 0.06) return { name: `Föreningen ${rng.pick(COMPANY_STEMS)}nätet`, form: 'nonprofit' };
  if (r < 0.09) return { name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)} IT-konsult`, form: 'ab', soleTrader: true };
  const stem = rng.pick(COMPANY_STEMS);
  const word = rng.pick(COMPANY_WORDS);
  const form = rng.pick(COMPANY_FORMS);
  const joined = rng.chance(0.4) ? `${stem}${word.toLowerCase()}` : `${stem} ${word}`;
  const legal: LegalForm = form === 'HB' || form === 'KB' ? 'partnership' : form === 'ekonomisk förening' ? 'economic' : 'ab';
  return { name: `${rng.pick(PREFIXES)}${joined} ${form}`, form: legal };
}

/** "Vätter Design AB" and "Vätterdesign HB" cannot both have vatterdesign.se: the second gets a number. */
function uniqueDomain(stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const domain = `${stem}${n > 1 ? n : ''}.se`;
    if (!taken.has(domain)) {
      taken.add(domain);
      return domain;
    }
  }
}

/** An address at a mail provider; a second Anna Berg gets a number, as the providers hand them out. */
function personalEmail(rng: Rng, name: string, taken: Set<string>): string {
  const domain = rng.pick(['gmail.com', 'outlook.com', 'telia.com', 'bredband.net']);
  for (let n = 1; ; n++) {
    const email = `${asciiSlug(name)}${n > 1 ? n : ''}@${domain}`;
    if (!taken.has(email)) {
      taken.add(email);
      return email;
    }
  }
}

function categoryFor(rng: Rng, kind: 'organisation' | 'person', form?: LegalForm): string {
  if (kind === 'person') return 'category-privatperson';
  if (form === 'public') return 'category-offentlig';
  if (rng.chance(0.005)) return 'category-hedersmedlem';
  return rng.pick(['category-foretag-1-9', 'category-foretag-1-9', 'category-foretag-10-49', 'category-foretag-50']);
}

function status(rng: Rng): MemberStatus {
  const r = rng.next();
  return r < 0.9 ? 'active' : r < 0.96 ? 'resigned' : r < 0.99 ? 'applied' : 'excluded';
}

export function generateCategories(stamper: Stamper): BenchCategory[] {
  return DEFAULT_CATEGORIES.map((c) => {
    const { id, ...data } = c;
    return stamper.stamp<CategoryRecord>({ ...data, id }, id, atDay('2015-01-01'));
  });
}

export function generateMembers(rng: Rng, stamper: Stamper, count: number, endYear: number): BenchMember[] {
  const orgNumbers = new Set<string>();
  const personalNumbers = new Set<string>();
  const names = new Set<string>();
  const emails = new Set<string>();
  const domains = new Set<string>();
  const members: BenchMember[] = [];
  for (let i = 0; i < count; i++) {
    const [postalCode, city] = rng.pick(POSTCODES);
    const person = rng.chance(0.12);
    const id = rng.uuid();
    const joinedYear = rng.int(endYear - 25, endYear);
    const joinedDate = dayOfYear(joinedYear, rng.int(1, 12), rng.int(1, 28));
    const st = status(rng);
    const base = {
      memberNumber: i + 1,
      street: `${rng.pick(STREETS)} ${rng.int(1, 140)}${rng.chance(0.1) ? rng.pick(['A', 'B', 'C']) : ''}`,
      postalCode,
      city,
      status: st,
      joinedDate,
      tags: rng.chance(0.3) ? [...new Set([rng.pick(TAGS), rng.pick(TAGS)])].slice(0, rng.int(1, 2)) : [],
      consentDirectory: rng.chance(0.7),
      consentNewsletter: rng.chance(0.6),
      ...(st === 'resigned' ? { resignedDate: dayOfYear(rng.int(joinedYear, endYear), rng.int(1, 12), rng.int(1, 28)) } : {}),
      ...(st === 'excluded' ? { excludedDate: dayOfYear(endYear, rng.int(1, 12), rng.int(1, 28)) } : {}),
      ...(st === 'applied' ? { appliedDate: joinedDate } : {}),
      ...(rng.chance(0.2) ? { notes: sentence(rng) } : {}),
    };
    let member: MemberRecord;
    if (person) {
      const name = personName(rng);
      member = {
        ...base, id, kind: 'person', name,
        personalNumber: personalNumber(rng, personalNumbers),
        email: personalEmail(rng, name, emails),
        phone: phone(rng, city, true),
        categoryId: categoryFor(rng, 'person'),
        contacts: [],
      };
    } else {
      const org = organisation(rng, city, names);
      const domain = uniqueDomain(asciiSlug(org.name.replace(/ (AB|Aktiebolag|HB|KB|ekonomisk förening)$/, ''), ''), domains);
      const contactName = personName(rng);
      const contact: Contact = {
        id: rng.uuid(), name: contactName, role: rng.pick(ROLES),
        email: `${asciiSlug(contactName)}@${domain}`, phone: phone(rng, city, true),
      };
      member = {
        ...base, id, kind: 'organisation', name: org.name,
        organisationNumber: org.soleTrader ? personalNumber(rng, personalNumbers) : organisationNumber(rng, org.form, orgNumbers),
        email: `info@${domain}`,
        phone: phone(rng, city, false),
        website: `https://www.${domain}`,
        ...(rng.chance(0.5) ? { invoiceEmail: `faktura@${domain}` } : {}),
        categoryId: categoryFor(rng, 'organisation', org.form),
        contacts: [contact],
      };
    }
    members.push(stamper.stamp(member, id, atDay(joinedDate, 8 * 60 + (i % 600))));
  }
  return members;
}
