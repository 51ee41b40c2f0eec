// The body of the shared file: the sync state in a columnar layout, deflated. Per table, the record
// ids once and its clocks once (numbered, in time order, as wall-time deltas, counters and device
// numbers); per field, its values in one array and, per value, 0 when it carries its record's usual
// clock (a record is mostly written whole) or else the clock's number. Values of one field sit
// together and clocks become tiny numbers, which lets deflate shrink 10,000 members to a fraction
// of the same state as plain JSON (tests/unit/sync/codec.test.ts measures it), and decoding formats
// each distinct clock once rather than once per field.
//
// Decoding trusts nothing: a foreign or damaged body throws SyncFileError('damaged'), never a
// TypeError half-way, and a field or record named "__proto__" stays data.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { clockDevice, formatClock, parseClock, type Clock } from './hlc';
import type { FieldEntry, SyncRecord, SyncState, VersionVector } from './types';
import { setOwn } from './vectors';
import { SyncFileError } from './errors';

/** Who wrote to the file: device id → the officer's name and when that device last wrote. */
export type DeviceInfo = { name: string; at: string };
export type Devices = Record<string, DeviceInfo>;

export type SyncBody = { state: SyncState; devices: Devices };

/** A table's clocks, each once, sorted: wall-time deltas, counters, device numbers. */
type ClockCols = { w: number[]; k: number[]; e: number[] };
type FieldCol = {
  /** Record numbers, as deltas from the previous entry of this column. */
  r: number[];
  v: unknown[];
  /** Positions whose value is undefined (a field cleared by its writer). */
  u?: number[];
  /** Per entry: 0 for the record's usual clock, else 1 + its number in the table's clock list. */
  c: number[];
  /** Causal metadata: [position, clock numbers]. */
  s?: [number, number[]][];
};
type TableBlock = {
  n: string;
  ids: string[];
  /** The clock most of a record's fields carry (a record is usually written whole), by number. */
  rc: number[];
  t: ClockCols;
  f: string[];
  c: FieldCol[];
  /** Tombstones: [record delta, clock number or -1 for none, seen clock numbers?]. */
  x: [number, number, number[]?][];
};
type Payload = { v: 1; d: string[]; i: [number, string, string][]; t: TableBlock[] };

class DeviceTable {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  of(device: string): number {
    let n = this.index.get(device);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(device);
      this.index.set(device, n);
    }
    return n;
  }
}

/** Every clock of one table, numbered in time order. */
function clockList(records: SyncRecord[], devices: DeviceTable): { cols: ClockCols; number: Map<Clock, number> } {
  const all = new Set<Clock>();
  for (const r of records) {
    for (const e of Object.values(r.fields)) {
      all.add(e.clock);
      if (e.seen) for (const c of Object.values(e.seen)) all.add(c);
    }
    if (r.deleted !== undefined) all.add(r.deleted);
    if (r.deletedSeen) for (const c of Object.values(r.deletedSeen)) all.add(c);
  }
  const sorted = [...all].sort();
  const cols: ClockCols = { w: [], k: [], e: [] };
  const number = new Map<Clock, number>();
  let wall = 0;
  sorted.forEach((clock, i) => {
    const p = splitClock(clock);
    cols.w.push(p.wall - wall);
    wall = p.wall;
    cols.k.push(p.counter);
    cols.e.push(devices.of(p.device));
    number.set(clock, i);
  });
  return { cols, number };
}

/**
 * parseClock without its regular expression: clocks in a state were validated where they came in
 * (decoded from a file, or made by HybridClock), and this runs once per distinct clock per table.
 */
function splitClock(clock: Clock): { wall: number; counter: number; device: string } {
  const wall = Number(clock.slice(0, 15));
  const counter = parseInt(clock.slice(16, 20), 16);
  if (clock.length < 22 || clock[15] !== '-' || clock[20] !== '-' || !Number.isSafeInteger(wall) || !(counter >= 0)) return parseClock(clock);
  return { wall, counter, device: clock.slice(21) };
}

function usualClock(r: SyncRecord): Clock | undefined {
  const counts = new Map<Clock, number>();
  let best: Clock | undefined;
  let most = 0;
  for (const e of Object.values(r.fields)) {
    const n = (counts.get(e.clock) ?? 0) + 1;
    counts.set(e.clock, n);
    if (n > most) {
      most = n;
      best = e.clock;
    }
  }
  return best;
}

export function encodeBody(body: SyncBody): Uint8Array {
  return deflateSync(encodePayload(body), { level: 6 });
}

/** The body before compression (UTF-8 JSON); segfile.ts deflates it with the platform's zlib where it can. */
export function encodePayload(body: SyncBody): Uint8Array {
  const devices = new DeviceTable();
  const byTable = new Map<string, SyncRecord[]>();
  for (const key of Object.keys(body.state.records).sort()) {
    const r = body.state.records[key]!;
    let list = byTable.get(r.table);
    if (!list) byTable.set(r.table, (list = []));
    list.push(r);
  }
  const tables: TableBlock[] = [];
  for (const [name, records] of byTable) {
    const { cols: clockCols, number } = clockList(records, devices);
    const vector = (seen: VersionVector) => Object.keys(seen).sort().map((d) => number.get(seen[d]!)!);
    const fieldNames = [...new Set(records.flatMap((r) => Object.keys(r.fields)))].sort();
    const cols: FieldCol[] = fieldNames.map(() => ({ r: [], v: [], c: [] }));
    const lastRec = fieldNames.map(() => 0);
    const usual: number[] = [];
    const tombs: TableBlock['x'] = [];
    let lastTomb = 0;
    records.forEach((rec, ri) => {
      const u = usualClock(rec);
      const un = u === undefined ? -1 : number.get(u)!;
      usual.push(un);
      fieldNames.forEach((f, fi) => {
        if (!Object.hasOwn(rec.fields, f)) return;
        const entry = rec.fields[f]!;
        const col = cols[fi]!;
        const pos = col.r.length;
        col.r.push(ri - lastRec[fi]!);
        lastRec[fi] = ri;
        if (entry.value === undefined) (col.u ??= []).push(pos);
        col.v.push(entry.value === undefined ? null : entry.value);
        const cn = number.get(entry.clock)!;
        col.c.push(cn === un ? 0 : cn + 1);
        if (entry.seen) (col.s ??= []).push([pos, vector(entry.seen)]);
      });
      if (rec.deleted !== undefined || rec.deletedSeen !== undefined) {
        // -1: knowledge of a deletion without the deletion itself (kept so encoding is lossless).
        const t: TableBlock['x'][number] = [ri - lastTomb, rec.deleted !== undefined ? number.get(rec.deleted)! : -1];
        if (rec.deletedSeen) t.push(vector(rec.deletedSeen));
        tombs.push(t);
        lastTomb = ri;
      }
    });
    tables.push({ n: name, ids: records.map((r) => r.id), rc: usual, t: clockCols, f: fieldNames, c: cols, x: tombs });
  }
  const info: Payload['i'] = Object.keys(body.devices).sort().map((d) => [devices.of(d), body.devices[d]!.name, body.devices[d]!.at]);
  const payload: Payload = { v: 1, d: devices.ids, i: info, t: tables };
  return strToU8(JSON.stringify(payload));
}

// ---- decoding -----------------------------------------------------------------------------------

function fail(why: string): never {
  throw new SyncFileError('damaged', why);
}
const isArr = (v: unknown): v is unknown[] => Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
function ints(v: unknown, what: string): number[] {
  if (!isArr(v)) fail(what);
  for (let i = 0; i < v.length; i++) if (!isInt(v[i])) fail(what);
  return v as number[];
}

function decodeClocks(t: unknown, deviceIds: string[]): Clock[] {
  if (!t || typeof t !== 'object') fail('clocks');
  const c = t as Partial<ClockCols>;
  const w = ints(c.w, 'clock walls');
  const k = ints(c.k, 'clock counters');
  const e = ints(c.e, 'clock devices');
  if (k.length !== w.length || e.length !== w.length) fail('clock lengths');
  const out: Clock[] = [];
  let wall = 0;
  for (let i = 0; i < w.length; i++) {
    wall += w[i]!;
    const device = deviceIds[e[i]!];
    if (device === undefined) fail('clock device');
    try {
      out.push(formatClock({ wall, counter: k[i]!, device }));
    } catch {
      fail('clock range');
    }
  }
  return out;
}

function vectorFrom(v: unknown, clocks: Clock[]): VersionVector {
  const out: VersionVector = {};
  for (const n of ints(v, 'seen')) {
    const clock = clocks[n];
    if (clock === undefined) fail('seen clock');
    setOwn(out, clockDevice(clock), clock);
  }
  return out;
}

function decodeTable(block: unknown, deviceIds: string[], records: Record<string, SyncRecord>): void {
  if (!block || typeof block !== 'object') fail('table');
  const b = block as Partial<TableBlock>;
  if (typeof b.n !== 'string' || !b.n || !isArr(b.ids) || !isArr(b.f) || !isArr(b.c) || !isArr(b.x) || b.c.length !== b.f.length) fail('table shape');
  const ids = b.ids;
  if (!ids.every((id) => typeof id === 'string' && id !== '')) fail('ids');
  const clocks = decodeClocks(b.t, deviceIds);
  const usual = ints(b.rc, 'record clocks');
  if (usual.length !== ids.length) fail('record clocks length');
  const recs: SyncRecord[] = ids.map((id) => ({ table: b.n!, id: id as string, fields: {} }));
  b.f.forEach((name, fi) => {
    if (typeof name !== 'string') fail('field name');
    const col = b.c![fi] as Partial<FieldCol>;
    if (!col || typeof col !== 'object') fail('column');
    const r = ints(col.r, 'column records');
    const c = ints(col.c, 'column clocks');
    if (!isArr(col.v) || c.length !== r.length || col.v.length !== r.length) fail('column lengths');
    const undef = new Set(col.u === undefined ? [] : ints(col.u, 'column undefined'));
    const seen = new Map<number, VersionVector>();
    if (col.s !== undefined) {
      if (!isArr(col.s)) fail('column seen');
      for (const s of col.s) {
        if (!isArr(s) || s.length !== 2 || !isInt(s[0])) fail('seen row');
        seen.set(s[0], vectorFrom(s[1], clocks));
      }
    }
    let ri = 0;
    for (let pos = 0; pos < r.length; pos++) {
      ri += r[pos]!;
      const rec = recs[ri];
      if (!rec || (pos > 0 && r[pos]! <= 0)) fail('record number');
      const clock = c[pos] === 0 ? clocks[usual[ri]!] : clocks[c[pos]! - 1];
      if (clock === undefined) fail('field clock');
      const entry: FieldEntry = { value: undef.has(pos) ? undefined : col.v[pos], clock };
      const s = seen.get(pos);
      if (s) entry.seen = s;
      setOwn(rec.fields, name, entry);
    }
  });
  let ri = 0;
  b.x.forEach((t, n) => {
    if (!isArr(t) || t.length < 2 || t.length > 3 || !isInt(t[0]) || !isInt(t[1])) fail('tombstone');
    ri += t[0];
    const rec = recs[ri];
    if (!rec || (n > 0 && t[0] <= 0)) fail('tombstone record');
    if (t[1] !== -1) {
      const clock = clocks[t[1]];
      if (clock === undefined) fail('tombstone clock');
      rec.deleted = clock;
    }
    if (t.length === 3) rec.deletedSeen = vectorFrom(t[2], clocks);
  });
  for (const rec of recs) {
    const key = `${rec.table}/${rec.id}`;
    if (Object.hasOwn(records, key)) fail('duplicate record');
    setOwn(records, key, rec);
  }
}

export function decodeBody(bytes: Uint8Array): SyncBody {
  let json: Uint8Array;
  try {
    json = inflateSync(bytes);
  } catch {
    return fail('not deflated JSON');
  }
  return decodePayload(json);
}

export function decodePayload(json: Uint8Array): SyncBody {
  let payload: unknown;
  try {
    payload = JSON.parse(strFromU8(json));
  } catch {
    return fail('not deflated JSON');
  }
  if (!payload || typeof payload !== 'object') fail('payload');
  const p = payload as Partial<Payload>;
  if (p.v !== 1 || !isArr(p.d) || !isArr(p.t) || !isArr(p.i)) fail('payload shape');
  const deviceIds = p.d;
  if (!deviceIds.every((d) => typeof d === 'string' && d !== '')) fail('devices');
  const records: Record<string, SyncRecord> = {};
  for (const block of p.t) decodeTable(block, deviceIds as string[], records);
  const devices: Devices = {};
  for (const row of p.i) {
    if (!isArr(row) || !isInt(row[0]) || typeof row[1] !== 'string' || typeof row[2] !== 'string') fail('device info');
    const id = (deviceIds as string[])[row[0]];
    if (id === undefined) fail('device info id');
    setOwn(devices, id, { name: row[1], at: row[2] });
  }
  return { state: { records }, devices };
}

/** Joins two device lists: per device, the entry with the later time. */
export function mergeDevices(a: Devices, b: Devices): Devices {
  const out: Devices = {};
  for (const [d, info] of Object.entries(a)) setOwn(out, d, info);
  for (const [d, info] of Object.entries(b)) {
    const mine = Object.hasOwn(out, d) ? out[d] : undefined;
    if (!mine || info.at > mine.at || (info.at === mine.at && info.name > mine.name)) setOwn(out, d, info);
  }
  return out;
}
