// Members for tests: plausible Swedish data, deterministic, any number of them.
import type { CategoryRecord, MemberRecord } from '../../../../renderer/src/domain/members/model';
import { DEFAULT_CATEGORIES } from '../../../../renderer/src/domain/members/model';

export const CATEGORIES: CategoryRecord[] = DEFAULT_CATEGORIES.map((c) => ({ ...c }));

const FIRST = ['Anna', 'Erik', 'Karin', 'Lars', 'Åsa', 'Örjan', 'Maria', 'Johan', 'Eva', 'Per', 'Ingrid', 'Mikael'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Ågren', 'Lindström', 'Öberg', 'Berg', 'Ek', 'Holm'];
const CITIES = ['Göteborg', 'Borås', 'Kungsbacka', 'Alingsås', 'Mölndal', 'Uddevalla', 'Trollhättan'];
const WORDS = ['Data', 'Kod', 'Moln', 'Nät', 'System', 'Konsult', 'Väst', 'Nord', 'Bits', 'Logik'];

/** A valid organisation number built from a counter (Luhn check digit computed). */
export function orgNumber(i: number): string {
  const nine = `556${String(100000 + (i % 900000)).padStart(6, '0')}`;
  let sum = 0;
  for (let k = 0; k < 9; k++) {
    let d = Number(nine[k]) * (k % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
}

export function member(i: number, over: Partial<MemberRecord> = {}): MemberRecord {
  const contact = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  return {
    id: `m${i}`,
    kind: 'organisation',
    memberNumber: i + 1,
    name: `${WORDS[i % WORDS.length]}${WORDS[(i * 3 + 1) % WORDS.length]!.toLowerCase()} AB ${i}`,
    organisationNumber: orgNumber(i),
    email: `info${i}@example.se`,
    phone: `031-${String(100000 + i).slice(-6)}`,
    city: CITIES[i % CITIES.length],
    categoryId: CATEGORIES[i % 4]!.id,
    status: i % 10 === 0 ? 'resigned' : i % 13 === 0 ? 'applied' : 'active',
    tags: i % 5 === 0 ? ['styrelse'] : i % 7 === 0 ? ['nyhetsbrev', 'sponsor'] : [],
    contacts: [{ id: `c${i}`, name: contact, role: 'VD', email: `kontakt${i}@example.se` }],
    consentDirectory: i % 2 === 0,
    consentNewsletter: i % 3 === 0,
    joinedDate: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-15`,
    ...over,
  };
}

export function members(n: number): MemberRecord[] {
  return Array.from({ length: n }, (_, i) => member(i));
}
