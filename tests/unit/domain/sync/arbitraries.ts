// Random sync states over a few devices, tables, ids and fields: small enough that clocks collide
// (equal clocks with different values), records overlap and tombstones meet edits.
import fc from 'fast-check';
import { formatClock } from '../../../../renderer/src/domain/sync/hlc';
import type { FieldEntry, SyncRecord, SyncState, VersionVector } from '../../../../renderer/src/domain/sync/merge';

export const DEVICES = ['anna', 'bo', 'cecilia'] as const;
const TABLES = ['members', 'fees'] as const;
const IDS = ['1', '2', '3'] as const;
const FIELDS = ['name', 'email', 'city', 'category'] as const;

export const clockArb = fc
  .record({ wall: fc.integer({ min: 1, max: 4 }), counter: fc.integer({ min: 0, max: 1 }), device: fc.constantFrom(...DEVICES) })
  .map(({ wall, counter, device }) => formatClock({ wall: 1_743_000_000_000 + wall, counter, device }));

export const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, 'Umeå', 'Skellefteå', '', 0, 1, -0, true, false),
  fc.record({ street: fc.constantFrom('Storgatan 1', 'Kungsgatan 2'), zip: fc.constantFrom('903 26', '931 30') }, { requiredKeys: ['street'] }),
  fc.array(fc.constantFrom('styrelse', 'medlem'), { maxLength: 2 }),
);

const vectorArb: fc.Arbitrary<VersionVector> = fc
  .array(fc.tuple(fc.constantFrom(...DEVICES), clockArb), { maxLength: 3 })
  .map((pairs) => {
    const v: VersionVector = {};
    for (const [d, clock] of pairs) v[d] = clock;
    return v;
  });

const entryArb: fc.Arbitrary<FieldEntry> = fc.record({ value: valueArb, clock: clockArb, seen: vectorArb }, { requiredKeys: ['value', 'clock'] });

const fieldsArb = fc.dictionary(fc.constantFrom(...FIELDS), entryArb, { maxKeys: FIELDS.length });

const recordBodyArb = fc.record(
  { fields: fieldsArb, deleted: clockArb, deletedSeen: vectorArb },
  { requiredKeys: ['fields'] },
);

export const stateArb: fc.Arbitrary<SyncState> = fc
  .array(fc.tuple(fc.constantFrom(...TABLES), fc.constantFrom(...IDS), recordBodyArb), { maxLength: 6 })
  .map((rows) => {
    const records: Record<string, SyncRecord> = {};
    for (const [table, id, body] of rows) records[`${table}/${id}`] = { table, id, ...body };
    return { records };
  });

/** Several states that share their records' starting points, so merges see overlapping histories. */
export const statesArb = (n: number) => fc.array(stateArb, { minLength: n, maxLength: n });

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
