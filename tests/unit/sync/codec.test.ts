// The shared file's body: lossless for any sync state, compact for a real association, and a
// damaged or foreign body is refused rather than half-read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { decodeBody, decodePayload, encodeBody, encodePayload, mergeDevices } from '../../../renderer/src/domain/sync/codec';
import { readSyncFile, writeSyncFile } from '../../../renderer/src/domain/sync/file';
import { SyncFileError } from '../../../renderer/src/domain/sync/errors';
import { stateArb } from '../domain/sync/arbitraries';
import { clockDevice } from '../../../renderer/src/domain/sync/hlc';
import type { SyncState, VersionVector } from '../../../renderer/src/domain/sync/merge';
import { associationState } from './fixtures';

function byDevice(v: VersionVector): VersionVector {
  const out: VersionVector = {};
  for (const c of Object.values(v)) {
    const d = clockDevice(c);
    if (!out[d] || out[d] < c) out[d] = c;
  }
  return out;
}

const devices = { 'dev-1': { name: 'Karin Lindqvist', at: '2026-03-01T10:00:00.000Z' } };

describe('encoding the sync state', () => {
  it('round-trips any state exactly (clocks, values, cleared fields, tombstones, seen vectors)', () => {
    // -0 is the one value JSON cannot carry; no field of Kansli's records holds it. A version
    // vector holds each device's own clock under that device's id (the arbitrary mixes them up).
    const realistic = stateArb
      .filter((s) => !JSON.stringify(s, (_k, v: unknown) => (Object.is(v, -0) ? 'NEG' : v)).includes('NEG'))
      .map((s) => JSON.parse(JSON.stringify(s, (k, v: unknown) => (k === 'seen' || k === 'deletedSeen' ? byDevice(v as VersionVector) : v))) as SyncState);
    fc.assert(fc.property(realistic, (state) => {
      expect(decodeBody(encodeBody({ state, devices }))).toEqual({ state, devices });
    }), { numRuns: 500 });
  });

  it('round-trips any state exactly in the denser layout of format 3 as well', () => {
    const realistic = stateArb
      .filter((s) => !JSON.stringify(s, (_k, v: unknown) => (Object.is(v, -0) ? 'NEG' : v)).includes('NEG'))
      .map((s) => JSON.parse(JSON.stringify(s, (k, v: unknown) => (k === 'seen' || k === 'deletedSeen' ? byDevice(v as VersionVector) : v))) as SyncState);
    fc.assert(fc.property(realistic, (state) => {
      expect(decodePayload(encodePayload({ state, devices }, 2))).toEqual({ state, devices });
    }), { numRuns: 500 });
    // Columns with every record, with and without repeating values, and entries off the usual clock.
    const state = associationState(300, 5, 40);
    expect(decodePayload(encodePayload({ state, devices }, 2))).toEqual({ state, devices });
  });

  it('writes only ASCII, whatever the values hold, and reads the same characters back', () => {
    const state = { records: { 'm/1': { table: 'm', id: '1', fields: { name: { value: 'Åsa Öberg – 🎉 \u00e4 "citat"', clock: '001772359200000-0000-dev' } } } } };
    for (const layout of [1, 2] as const) {
      const bytes = encodePayload({ state, devices: {} }, layout);
      expect(bytes.every((b) => b < 0x80)).toBe(true);
      expect(decodePayload(bytes).state).toEqual(state);
    }
  });

  it('the denser layout is a good deal smaller before deflate, and no larger after', () => {
    const state = associationState(2000, 7, 200);
    const one = encodePayload({ state, devices }, 1);
    const two = encodePayload({ state, devices }, 2);
    expect(two.length).toBeLessThan(one.length * 0.85);
    expect(deflateSync(two).length).toBeLessThanOrEqual(deflateSync(one).length);
  });

  it('keeps a cleared field (value undefined, with its clock) apart from an absent one', () => {
    const state = { records: { 'profile/p': { table: 'profile', id: 'p', fields: { email: { value: undefined, clock: '001772359200000-0000-dev' }, name: { value: 'Föreningen', clock: '001772359200000-0000-dev' } } } } };
    const back = decodeBody(encodeBody({ state, devices: {} })).state.records['profile/p']!;
    expect(Object.hasOwn(back.fields, 'email')).toBe(true);
    expect(back.fields.email!.value).toBeUndefined();
  });

  it('keeps a field or record named "__proto__" as data', () => {
    const state = { records: JSON.parse('{"t/__proto__":{"table":"t","id":"__proto__","fields":{"__proto__":{"value":1,"clock":"001772359200000-0000-dev"}}}}') };
    const back = decodeBody(encodeBody({ state, devices: {} }));
    expect(Object.keys(back.state.records)).toEqual(['t/__proto__']);
    expect(Object.keys(back.state.records['t/__proto__']!.fields)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it('stores 10,000 members with 20 fields each in well under Automerge\'s 1.9 MB (plain JSON: about 14 MB)', () => {
    const state = associationState(10_000, 7, 1000);
    const bytes = encodeBody({ state, devices });
    const json = JSON.stringify(state).length;
    expect(json).toBeGreaterThan(10_000_000);
    expect(bytes.length).toBeLessThan(800_000);
    // Columns beat deflating the plain JSON by a wide margin.
    expect(bytes.length * 2).toBeLessThan(deflateSync(strToU8(JSON.stringify(state)), { level: 9 }).length);
  });

  it('refuses a damaged or foreign body with "damaged", never a half-read state', () => {
    const good = encodeBody({ state: associationState(20), devices });
    const bad = [
      good.subarray(0, good.length - 10),
      deflateSync(strToU8('{"v":1,"d":["x"],"i":[],"t":[{"n":"m","ids":["a"],"f":["f"],"c":[{"r":[0],"v":[1],"w":[1],"k":[0],"e":[3]}],"x":[]}]}')),
      deflateSync(strToU8('{"v":1,"d":["x"],"i":[],"t":[{"n":"m","ids":["a"],"f":["f"],"c":[{"r":[5],"v":[1],"w":[1],"k":[0],"e":[0]}],"x":[]}]}')),
      deflateSync(strToU8('{"v":1,"d":["x"],"i":[],"t":[{"n":"m","ids":["a","a"],"f":[],"c":[],"x":[]}]}')),
      deflateSync(strToU8('[1,2,3]')),
      deflateSync(strToU8('{"v":1,"d":["x"],"i":[],"t":[{"n":"m","ids":["a"],"f":["f"],"c":[{"r":[0],"v":[1],"w":[1e20],"k":[0],"e":[0]}],"x":[]}]}')),
    ];
    for (const b of bad) {
      expect(() => decodeBody(b)).toThrow(SyncFileError);
    }
    const table = (col: string) => `{"v":2,"d":["x"],"i":[],"t":[{"n":"m","ids":["a","b"],"rc":[0,0],"t":{"w":[1,1],"k":[0,0],"e":[0,0]},"f":["f"],"c":[${col}],"x":[]}]}`;
    expect(decodePayload(strToU8(table('{"v":[1,2],"k":[1,1]}'))).state.records['m/b']!.fields.f!.clock).toBe('000000000000002-0000-x');
    const badTwo = [
      '{"v":[1]}', // a dense column one entry short
      '{"v":[1,2],"c":[0,0]}', // layout 1's clocks in layout 2
      '{"v":[1,2],"k":[2,1]}', // a clock exception past the end
      '{"v":[1,2],"k":[1,1,0,0]}', // two exceptions at one position
      '{"v":[1,2],"k":[1]}', // half a pair
      '{"v":[0,5],"d":["p","q"]}', // a value number outside the dictionary
      '{"v":[0,0],"d":[{"o":1}]}', // an object in a dictionary
    ];
    for (const col of badTwo) expect(() => decodePayload(strToU8(table(col)))).toThrow(SyncFileError);
  });
});

describe('the sync file', () => {
  it('a backup is not taken for a sync file, nor the other way round', async () => {
    const state = associationState(3);
    const backup = await writeSyncFile({ state, devices }, { base: null, writtenAt: '2026-03-01T10:00:00.000Z', content: 'backup' });
    await expect(readSyncFile(backup)).rejects.toMatchObject({ code: 'foreign' });
    expect((await readSyncFile(backup, {}, 'backup')).state).toEqual(state);
  });

  it('joins the device lists by latest time', () => {
    const a = { d1: { name: 'Karin', at: '2026-01-01' }, d2: { name: 'Bo', at: '2026-02-01' } };
    const b = { d1: { name: 'Karin L', at: '2026-03-01' }, d3: { name: 'Sara', at: '2026-01-05' } };
    expect(mergeDevices(a, b)).toEqual({ d1: { name: 'Karin L', at: '2026-03-01' }, d2: a.d2, d3: b.d3 });
    expect(mergeDevices(b, a)).toEqual(mergeDevices(a, b));
  });
});
