// Realistic sync states for tests: an association's members, 20 fields each, written by a few
// officers' devices over a year. Deterministic (a seeded generator), so sizes are comparable.
import { formatClock } from '../../../renderer/src/domain/sync/hlc';
import type { FieldEntry, SyncRecord, SyncState } from '../../../renderer/src/domain/sync/merge';

export const DEVICE_IDS = [
  '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11',
  'a3d9e2c4-7b1f-4e08-8c55-6e2b9f1a7d30',
  '0e7b4c91-d2a8-4f36-b1e9-3c5d8a2f6b47',
];

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Sara', 'Anders', 'Eva', 'Per', 'Lena', 'Mikael', 'Åsa', 'Björn', 'Ingrid', 'Örjan'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindqvist', 'Åberg', 'Öberg'];
const WORDS = ['Nord', 'Väst', 'Data', 'Kod', 'System', 'Moln', 'Nät', 'Tech', 'Digital', 'Konsult', 'Säker', 'Smart', 'Bit', 'Logik'];
const CITIES = [['Göteborg', '41'], ['Borås', '50'], ['Trollhättan', '46'], ['Uddevalla', '45'], ['Alingsås', '44'], ['Kungälv', '44'], ['Skövde', '54']];
const STREETS = ['Storgatan', 'Kungsgatan', 'Drottninggatan', 'Järntorget', 'Lindholmspiren', 'Norra Hamngatan', 'Åvägen'];

export function memberValues(r: () => number, i: number): Record<string, unknown> {
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)]!;
  const company = `${pick(WORDS)}${pick(WORDS).toLowerCase()} ${pick(['AB', 'AB', 'HB', 'Konsult AB'])}`;
  const first = pick(FIRST);
  const last = pick(LAST);
  const [city, zip] = pick(CITIES);
  const domain = company.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14) + '.se';
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  return {
    memberNumber: String(1000 + i),
    name: company,
    organisationNumber: `55${digits(4)}-${digits(4)}`,
    contactName: `${first} ${last}`,
    email: `${first.toLowerCase()}@${domain}`,
    invoiceEmail: `faktura@${domain}`,
    phone: `07${digits(1)}-${digits(3)} ${digits(2)} ${digits(2)}`,
    street: `${pick(STREETS)} ${1 + Math.floor(r() * 80)}`,
    postalCode: `${zip}${digits(1)} ${digits(2)}`,
    city,
    website: `https://www.${domain}`,
    categoryId: pick(['cat-small', 'cat-medium', 'cat-large', 'cat-individual']),
    status: pick(['active', 'active', 'active', 'active', 'resigned']),
    joined: `20${10 + Math.floor(r() * 16)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
    employees: Math.floor(r() * 400),
    tags: r() < 0.3 ? ['styrelse'] : [],
    newsletter: r() < 0.8,
    vatNumber: `SE55${digits(8)}01`,
    note: r() < 0.2 ? 'Vill ha faktura via Peppol.' : '',
    reference: `${first} ${last[0]}.`,
  };
}

/** n members created over a year by three devices; `edited` of them later edited in one field. */
export function associationState(n: number, seed = 1, edited = 0): SyncState {
  const r = rng(seed);
  const records: Record<string, SyncRecord> = {};
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    const id = `${i.toString(16).padStart(8, '0')}-4a2b-4c3d-8e4f-${(i * 7919).toString(16).padStart(12, '0')}`;
    const device = DEVICE_IDS[i % 3]!;
    const clock = formatClock({ wall: start + i * 3_000_000 + Math.floor(r() * 1000), counter: 0, device });
    const fields: Record<string, FieldEntry> = {};
    for (const [k, v] of Object.entries(memberValues(r, i))) fields[k] = { value: v, clock };
    if (i < edited) {
      const later = formatClock({ wall: start + 400 * 86_400_000 + i, counter: 0, device: DEVICE_IDS[(i + 1) % 3]! });
      fields.phone = { value: '070-000 00 00', clock: later, seen: { [device]: clock } };
    }
    records[`members/${id}`] = { table: 'members', id, fields };
  }
  return { records };
}
