// Two replicas of the same 10,000 members (20 fields each) that diverged by 1,000 concurrent field
// edits each, in Kansli's sync state and as Automerge documents, built from the same edits.
import * as Automerge from '@automerge/automerge';
import { HybridClock } from '../../renderer/src/domain/sync/hlc';
import { writeField, type FieldEntry, type SyncRecord, type SyncState } from '../../renderer/src/domain/sync/merge';
import { forkRng } from '../gen/prng';
import type { BenchMember } from '../gen/members';

/** The 20 fields of a member that travel; absent values are null, which both sides can store. */
export const MERGE_FIELDS = [
  'kind', 'memberNumber', 'name', 'organisationNumber', 'personalNumber', 'email', 'phone', 'street', 'postalCode', 'city',
  'invoiceEmail', 'website', 'contacts', 'categoryId', 'status', 'joinedDate', 'tags', 'notes', 'consentDirectory', 'consentNewsletter',
] as const;

const EDITABLE = ['name', 'email', 'phone', 'street', 'postalCode', 'city', 'invoiceEmail', 'website', 'notes'] as const;

export type Edit = { member: number; field: (typeof EDITABLE)[number]; value: string };

export function plannedEdits(seed: number, replica: string, count: number, members: number): Edit[] {
  const rng = forkRng(seed, `edits-${replica}`);
  return Array.from({ length: count }, (_, i) => {
    const field = rng.pick(EDITABLE);
    return { member: rng.int(0, members - 1), field, value: `${field} ändrad av ${replica} (${i})` };
  });
}

function values(m: BenchMember): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of MERGE_FIELDS) out[f] = (m as Record<string, unknown>)[f] ?? null;
  return out;
}

// ------------------------------------------------------------------ Kansli

export function kansliBase(members: readonly BenchMember[]): SyncState {
  const records: Record<string, SyncRecord> = {};
  for (const m of members) {
    const clock = m.clocks.name!;
    const fields: Record<string, FieldEntry> = {};
    for (const [f, value] of Object.entries(values(m))) fields[f] = { value, clock };
    records[`members/${m.id}`] = { table: 'members', id: m.id, fields };
  }
  return { records };
}

export function kansliReplica(base: SyncState, members: readonly BenchMember[], edits: readonly Edit[], device: string): SyncState {
  let wall = Date.parse('2026-02-01T09:00:00Z');
  const clock = new HybridClock(device, () => (wall += 1000));
  const records = { ...base.records };
  for (const e of edits) {
    const key = `members/${members[e.member]!.id}`;
    const prev = records[key]!;
    records[key] = { ...prev, fields: { ...prev.fields, [e.field]: writeField(prev.fields[e.field], e.value, clock.tick()) } };
  }
  return { records };
}

// ------------------------------------------------------------------ Automerge

type MembersDoc = { members: Record<string, Record<string, unknown>> };

/** The register as one Automerge document (strings as Automerge's default collaborative text). */
export function automergeBase(members: readonly BenchMember[]): Uint8Array {
  const initial: MembersDoc = { members: {} };
  for (const m of members) initial.members[m.id] = values(m);
  return Automerge.save(Automerge.from(initial, { actor: '00'.repeat(16) }));
}

/** One replica: loaded from the common base, then one change per edit, as an officer makes them. */
export function automergeReplica(base: Uint8Array, members: readonly BenchMember[], edits: readonly Edit[], actor: string): Uint8Array {
  let doc = Automerge.load<MembersDoc>(base, { actor });
  for (const e of edits) {
    const id = members[e.member]!.id;
    doc = Automerge.change(doc, (d) => {
      d.members[id]![e.field] = e.value;
    });
  }
  return Automerge.save(doc);
}

/** The whole round on Automerge's side: load both saved documents, merge, save. */
export function automergeRound(a: Uint8Array, b: Uint8Array): Uint8Array {
  const docA = Automerge.load<MembersDoc>(a);
  const docB = Automerge.load<MembersDoc>(b);
  return Automerge.save(Automerge.merge(docA, docB));
}

/** The merged value of one field in a saved Automerge document (for the cross-check). */
export function automergeValue(saved: Uint8Array, id: string, field: string): unknown {
  const doc = Automerge.load<MembersDoc>(saved);
  return doc.members[id]?.[field]?.toString();
}
