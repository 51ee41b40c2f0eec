// The benchmark's data set must be the same for a seed on every run (or runs are not comparable)
// and valid by the app's own rules (or the benchmark measures rejections, not imports).
import { describe, expect, it } from 'vitest';
import { FULL, generateBgMax, generateDataset, generateMembersCsv, recordCount, type DatasetSize } from '../../../bench/generate';
import { isValidOrganisationNumber, isValidPersonalNumber } from '../../../renderer/src/domain/members/identity';
import { createOcrReference, isValidOcrReference } from '../../../renderer/src/domain/fees/ocr';
import { parseBgMax } from '../../../renderer/src/domain/fees/bgmax';
import { parseMemberGrid, parseMembersCsv, readGrid } from '../../../renderer/src/domain/members/csv';
import { planImport } from '../../../renderer/src/domain/members/importPlan';
import { POSTCODES } from '../../../bench/gen/words';
import { mulberry32 } from '../../../bench/gen/prng';

const SMALL: DatasetSize = { members: 300, years: 3, meetings: 12, agendaItemsPerMeeting: 16, pressReleases: 6, bylawVersions: 20, bgmaxPayments: 300 };
const data = generateDataset(42, SMALL);
const { tables } = data;

describe('the generator is deterministic', () => {
  it('gives the same records, CSV and BgMax bytes for the same seed', () => {
    const again = generateDataset(42, SMALL);
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    expect(generateMembersCsv(again)).toBe(generateMembersCsv(data));
    expect(generateBgMax(again).text).toBe(generateBgMax(data).text);
  });

  it('gives a different register for another seed', () => {
    const other = generateDataset(43, SMALL);
    expect(other.tables.members.map((m) => m.name)).not.toEqual(tables.members.map((m) => m.name));
  });

  it('uses mulberry32 as published (its first output for seed 1 is 0.6270739405881613)', () => {
    expect(mulberry32(1)()).toBe(0.6270739405881613);
  });
});

describe('the generated register is valid', () => {
  it('has the sizes the issue asks for at full size', () => {
    expect(FULL.members).toBe(10_000);
    expect(FULL.members * FULL.years).toBe(100_000);
    expect(FULL.meetings).toBe(500);
    expect(FULL.meetings * FULL.agendaItemsPerMeeting).toBe(8_000);
    expect([FULL.pressReleases, FULL.bylawVersions, FULL.bgmaxPayments]).toEqual([300, 20, 10_000]);
  });

  it('has valid, unique organisation numbers and personnummer', () => {
    const orgs = tables.members.flatMap((m) => (m.organisationNumber ? [m.organisationNumber] : []));
    const persons = tables.members.flatMap((m) => (m.personalNumber ? [m.personalNumber] : []));
    expect(orgs.length).toBeGreaterThan(200);
    expect(persons.length).toBeGreaterThan(10);
    for (const n of orgs) expect(isValidOrganisationNumber(n, { allowSoleTrader: true }), n).toBe(true);
    for (const n of persons) expect(isValidPersonalNumber(n), n).toBe(true);
    expect(new Set([...orgs, ...persons]).size).toBe(orgs.length + persons.length);
  });

  it('gives every member a number, a unique e-mail and a real postcode with its town', () => {
    const towns = new Map(POSTCODES.map(([code, town]) => [code, town]));
    expect(tables.members.map((m) => m.memberNumber)).toEqual(tables.members.map((_, i) => i + 1));
    expect(new Set(tables.members.map((m) => m.email)).size).toBe(tables.members.length);
    for (const m of tables.members) expect(towns.get(m.postalCode!)).toBe(m.city);
  });

  it('invoices every member every year with a valid OCR reference from the invoice number', () => {
    expect(tables.invoices).toHaveLength(SMALL.members * SMALL.years);
    expect(new Set(tables.invoices.map((i) => i.invoiceNumber)).size).toBe(tables.invoices.length);
    for (const inv of tables.invoices) {
      expect(isValidOcrReference(inv.ocr)).toBe(true);
      expect(inv.ocr).toBe(createOcrReference(String(inv.invoiceNumber)));
      expect(inv.lines.reduce((s, l) => s + l.amountOre, 0)).toBe(inv.amountOre);
    }
  });

  it('pays exactly the invoices marked paid, with their reference and amount', () => {
    const paid = tables.invoices.filter((i) => i.status === 'paid');
    const byId = new Map(tables.invoices.map((i) => [i.id, i]));
    expect(tables.payments).toHaveLength(paid.length);
    for (const p of tables.payments) {
      const inv = byId.get(p.invoiceId)!;
      expect([p.reference, p.amountOre]).toEqual([inv.ocr, inv.amountOre]);
    }
  });

  it('has the meetings, agenda items, press releases and bylaws versions asked for', () => {
    expect(tables.meetings).toHaveLength(SMALL.meetings);
    expect(tables.agendaItems).toHaveLength(SMALL.meetings * SMALL.agendaItemsPerMeeting);
    expect(tables.pressReleases).toHaveLength(SMALL.pressReleases);
    expect(tables.bylawVersions).toHaveLength(SMALL.bylawVersions);
    expect(tables.bylawVersions.filter((v) => v.status === 'adopted')).toHaveLength(1);
    expect(recordCount(data)).toBeGreaterThan(SMALL.members * SMALL.years * 2);
  });

  it('stamps every record with an id and a clock per field', () => {
    for (const rows of Object.values(tables)) {
      for (const r of rows as { id: string; clocks: Record<string, string>; deviceId: string }[]) {
        expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$|^category-/);
        expect(Object.keys(r.clocks).length).toBeGreaterThan(0);
        expect(r.deviceId).toBe(data.deviceId);
      }
    }
  });
});

describe('the generated files read back without a complaint', () => {
  it('a members CSV that the import reads and plans as all new members', () => {
    const csv = generateMembersCsv(data);
    const read = parseMembersCsv(csv, undefined, { today: new Date('2026-01-15') });
    expect(read.errors).toEqual([]);
    expect(read.members.map((m) => m.name)).toEqual(tables.members.map((m) => m.name));
    const plan = planImport(parseMemberGrid(readGrid(csv), undefined, { today: new Date('2026-01-15') }), [], tables.categories, { today: '2026-01-15' });
    expect(plan.counts).toEqual({ add: SMALL.members, update: 0, unchanged: 0, reject: 0 });
  });

  it('a BgMax file in Bankgirot’s layout with every payment, 80 characters a record', () => {
    const { text, lines } = generateBgMax(data);
    for (const record of text.split('\r\n').filter(Boolean)) expect(record).toHaveLength(80);
    const read = parseBgMax(text);
    expect(read.errors).toEqual([]);
    expect(read.payments).toHaveLength(SMALL.bgmaxPayments);
    expect(read.payments.map((p) => [p.reference, p.amountOre])).toEqual(lines.map((l) => [l.reference, l.amountOre]));
    expect(read.payments.every((p) => isValidOcrReference(p.reference))).toBe(true);
  });
});
