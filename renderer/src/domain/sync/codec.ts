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
import { deflateSync, inflateSync, strFromU8 } from 'fflate';
import { clockDevice, parseClock, type Clock } from './hlc';
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
  /**
   * Record numbers, as deltas from the previous entry of this column. Layout 2 leaves it out when
   * the column has an entry for every record of the table (the usual case).
   */
  r?: number[];
  /** The values; with a dictionary `d`, each value's number in it. */
  v: unknown[];
  /** Layout 2: the column's distinct values (strings, numbers, booleans, null), when they repeat. */
  d?: unknown[];
  /** Positions whose value is undefined (a field cleared by its writer). */
  u?: number[];
  /** Layout 1: per entry, 0 for the record's usual clock, else 1 + its number in the table's clock list. */
  c?: number[];
  /**
   * Layout 2: only the entries off their record's usual clock, as pairs of position (as a delta
   * from the previous pair's) and clock number.
   */
  k?: number[];
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
type Payload = { v: PayloadLayout; d: string[]; i: [number, string, string][]; t: TableBlock[] };

/**
 * The payload's layout, its "v". 1: every column lists its record numbers and a clock per entry
 * (format 2 files, backups). 2: dense columns leave out their record numbers, clocks are listed
 * only where they differ from the record's usual one, and repeating values go through a
 * dictionary: a third less JSON to write, deflate, inflate and parse (format 3 files).
 */
export type PayloadLayout = 1 | 2;
/** The layout new shared files are written in. */
export const PAYLOAD_LAYOUT: PayloadLayout = 2;

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

/**
 * The clock most of a record's fields carry. A record is mostly written whole, so a majority vote
 * (Boyer–Moore, no allocation) finds it; only a record without a majority clock counts them all.
 * Ties go to the clock that reached the top count first.
 */
function usualClock(fields: Record<string, FieldEntry>, names: string[]): Clock | undefined {
  let candidate: Clock | undefined;
  let votes = 0;
  for (let i = 0; i < names.length; i++) {
    const clock = fields[names[i]!]!.clock;
    if (votes === 0) {
      candidate = clock;
      votes = 1;
    } else if (clock === candidate) {
      votes += 1;
    } else {
      votes -= 1;
    }
  }
  let count = 0;
  for (let i = 0; i < names.length; i++) if (fields[names[i]!]!.clock === candidate) count += 1;
  if (count * 2 > names.length) return candidate;
  const counts = new Map<Clock, number>();
  let best: Clock | undefined;
  let most = 0;
  for (let i = 0; i < names.length; i++) {
    const clock = fields[names[i]!]!.clock;
    const n = (counts.get(clock) ?? 0) + 1;
    counts.set(clock, n);
    if (n > most) {
      most = n;
      best = clock;
    }
  }
  return best;
}

function sameList(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * One table's block. Two passes over the records: the first finds the field names, every clock
 * (each once) and each record's usual clock; the second fills the columns, by then numbered in
 * sorted order. Per field entry only array pushes and, for an entry off its record's usual clock,
 * one map lookup: this runs for every field of every record a sync writes.
 */
function encodeTable(name: string, records: SyncRecord[], devices: DeviceTable, layout: PayloadLayout): TableBlock {
  const n = records.length;
  const namesOf: string[][] = new Array<string[]>(n);
  const usualOf: (Clock | undefined)[] = new Array<Clock | undefined>(n);
  const clockSet = new Set<Clock>();
  const fieldSet = new Set<string>();
  let lastNames: string[] | undefined;
  for (let ri = 0; ri < n; ri++) {
    const rec = records[ri]!;
    const names = Object.keys(rec.fields);
    namesOf[ri] = names;
    // Records of a table mostly carry the same fields in the same order: check before adding.
    if (lastNames === undefined || !sameList(names, lastNames)) {
      for (const f of names) fieldSet.add(f);
      lastNames = names;
    }
    let last: Clock | undefined;
    for (let i = 0; i < names.length; i++) {
      const e = rec.fields[names[i]!]!;
      if (e.clock !== last) {
        last = e.clock;
        clockSet.add(last);
      }
      if (e.seen) for (const c of Object.values(e.seen)) clockSet.add(c);
    }
    usualOf[ri] = usualClock(rec.fields, names);
    if (rec.deleted !== undefined) clockSet.add(rec.deleted);
    if (rec.deletedSeen) for (const c of Object.values(rec.deletedSeen)) clockSet.add(c);
  }

  const sorted = [...clockSet].sort();
  const t: ClockCols = { w: [], k: [], e: [] };
  const number = new Map<Clock, number>();
  let wall = 0;
  for (let i = 0; i < sorted.length; i++) {
    const p = splitClock(sorted[i]!);
    t.w.push(p.wall - wall);
    wall = p.wall;
    t.k.push(p.counter);
    t.e.push(devices.of(p.device));
    number.set(sorted[i]!, i);
  }
  const vector = (seen: VersionVector) => Object.keys(seen).sort().map((d) => number.get(seen[d]!)!);

  const fieldNames = [...fieldSet].sort();
  const column = new Map<string, number>();
  fieldNames.forEach((f, i) => column.set(f, i));
  const dense = layout === 2;
  const cols: FieldCol[] = fieldNames.map(() => (dense ? { r: [], v: [] } : { r: [], v: [], c: [] }));
  const lastRec = new Array<number>(fieldNames.length).fill(0);
  const lastOff = new Array<number>(fieldNames.length).fill(0);
  const rc: number[] = new Array<number>(n);
  const tombs: TableBlock['x'] = [];
  let lastTomb = 0;
  let lastList: string[] | undefined;
  let lastIdx: number[] = [];
  for (let ri = 0; ri < n; ri++) {
    const rec = records[ri]!;
    const names = namesOf[ri]!;
    const usual = usualOf[ri];
    rc[ri] = usual === undefined ? -1 : number.get(usual)!;
    if (names !== lastList) {
      if (lastList === undefined || !sameList(names, lastList)) lastIdx = names.map((f) => column.get(f)!);
      lastList = names;
    }
    for (let i = 0; i < names.length; i++) {
      const fi = lastIdx[i]!;
      const entry = rec.fields[names[i]!]!;
      const col = cols[fi]!;
      const pos = col.v.length;
      col.r!.push(ri - lastRec[fi]!);
      lastRec[fi] = ri;
      if (entry.value === undefined) {
        (col.u ??= []).push(pos);
        col.v.push(null);
      } else {
        col.v.push(entry.value);
      }
      if (!dense) {
        col.c!.push(entry.clock === usual ? 0 : number.get(entry.clock)! + 1);
      } else if (entry.clock !== usual) {
        (col.k ??= []).push(pos - lastOff[fi]!, number.get(entry.clock)!);
        lastOff[fi] = pos;
      }
      if (entry.seen) (col.s ??= []).push([pos, vector(entry.seen)]);
    }
    if (rec.deleted !== undefined || rec.deletedSeen !== undefined) {
      // -1: knowledge of a deletion without the deletion itself (kept so encoding is lossless).
      const x: TableBlock['x'][number] = [ri - lastTomb, rec.deleted !== undefined ? number.get(rec.deleted)! : -1];
      if (rec.deletedSeen) x.push(vector(rec.deletedSeen));
      tombs.push(x);
      lastTomb = ri;
    }
  }
  if (dense) {
    for (const col of cols) {
      // Every record, in order: the record numbers say nothing.
      if (col.v.length === n) col.r = undefined;
      applyDictionary(col);
    }
  }
  return { n: name, ids: records.map((r) => r.id), rc, t, f: fieldNames, c: cols, x: tombs };
}

/**
 * A column whose values repeat (a category, a status, a city) keeps each distinct value once and
 * numbers in place of the values: fewer bytes, and the reader shares one string per value rather
 * than making one per record. Only plain values (objects and arrays are not shared), and only
 * when it pays: at most a third as many distinct values as entries.
 */
function applyDictionary(col: FieldCol): void {
  const v = col.v;
  const len = v.length;
  if (len < 6) return;
  const index = new Map<unknown, number>();
  const dict: unknown[] = [];
  const out = new Array<number>(len);
  for (let i = 0; i < len; i++) {
    const x = v[i];
    if (x !== null && typeof x === 'object') return;
    let j = index.get(x);
    if (j === undefined) {
      j = dict.length;
      if (j * 3 >= len) return;
      dict.push(x);
      index.set(x, j);
    }
    out[i] = j;
  }
  col.v = out;
  col.d = dict;
}

const textEncoder = new TextEncoder();

const NON_ASCII = /[\u0080-\uffff]/g;
const escapes = new Map<string, string>();
/** A character's JSON escape (\u00e4 for ä), made once per character. */
function escapeChar(c: string): string {
  let e = escapes.get(c);
  if (e === undefined) {
    e = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    escapes.set(c, e);
  }
  return e;
}

/**
 * JSON written piece by piece into one growing buffer, as ASCII: every character outside ASCII
 * (they occur only inside strings) is written as its \uXXXX escape, which JSON.parse reads back as
 * the same character. UTF-8 with a few non-ASCII characters decodes several times slower than pure
 * ASCII (the platform's fast path), and decoding is most of reading a segment; the escapes cost a
 * few percent of size before deflate, less after. One JSON.stringify of the whole payload is
 * slower than pieces: V8 hands back a string of many pieces, and flattening that before it can be
 * encoded costs more than the stringify itself; small pieces, each encoded straight into place
 * (TextEncoder.encodeInto, which copies pure ASCII), avoid that and the copy of one large string.
 */
class JsonWriter {
  private buf: Uint8Array;
  private at = 0;

  /** `expect`: a guess of the size, so the buffer is rarely grown (and copied). */
  constructor(expect: number) {
    this.buf = new Uint8Array(Math.max(1 << 12, expect));
  }

  raw(text: string): void {
    let piece = text;
    for (;;) {
      const n = piece.length;
      if (this.buf.length - this.at < n + 8) this.grow(n + 8);
      const done = textEncoder.encodeInto(piece, this.buf.subarray(this.at));
      // As many bytes as characters, all read: pure ASCII, already in place.
      if (done.read === n && done.written === n) {
        this.at += n;
        return;
      }
      // Characters outside ASCII: written again over whatever encodeInto left, escaped.
      piece = piece.replace(NON_ASCII, escapeChar);
    }
  }

  json(value: unknown): void {
    this.raw(JSON.stringify(value));
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }

  private grow(need: number): void {
    let size = this.buf.length * 2;
    while (size - this.at < need) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
  }
}

function writeTable(out: JsonWriter, t: TableBlock): void {
  out.raw('{"n":');
  out.json(t.n);
  out.raw(',"ids":');
  out.json(t.ids);
  out.raw(',"rc":');
  out.json(t.rc);
  out.raw(',"t":');
  out.json(t.t);
  out.raw(',"f":');
  out.json(t.f);
  out.raw(',"c":[');
  for (let i = 0; i < t.c.length; i++) {
    if (i > 0) out.raw(',');
    out.json(t.c[i]);
  }
  out.raw('],"x":');
  out.json(t.x);
  out.raw('}');
}

/** A backup's body: layout 1, which every Kansli that reads backups reads. */
export function encodeBody(body: SyncBody): Uint8Array {
  return deflateSync(encodePayload(body, 1), { level: 6 });
}

/** The body before compression (UTF-8 JSON); segfile.ts deflates it with the platform's zlib where it can. */
export function encodePayload(body: SyncBody, layout: PayloadLayout = PAYLOAD_LAYOUT): Uint8Array {
  return encodeRecords(Object.values(body.state.records), body.devices, layout);
}

const byId = (a: SyncRecord, b: SyncRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Records (distinct, in any order) and the device list as a payload. The tables in name order and
 * each table's records in id order, so equal states give equal bytes; taking the records as a list
 * spares the caller building (and this sorting the keys of) an object keyed "table/id".
 */
export function encodeRecords(records: readonly SyncRecord[], deviceList: Devices, layout: PayloadLayout = PAYLOAD_LAYOUT): Uint8Array {
  const devices = new DeviceTable();
  const byTable = new Map<string, SyncRecord[]>();
  for (const r of records) {
    let list = byTable.get(r.table);
    if (!list) byTable.set(r.table, (list = []));
    list.push(r);
  }
  // The same JSON as JSON.stringify of a Payload, its members in another order: the tables come
  // first because numbering their clocks fills the device list.
  // About 600 bytes per record of twenty fields: a guess that only sizes the first buffer.
  const out = new JsonWriter(records.length * 640 + 1024);
  out.raw(`{"v":${layout},"t":[`);
  let first = true;
  for (const name of [...byTable.keys()].sort()) {
    if (!first) out.raw(',');
    first = false;
    writeTable(out, encodeTable(name, byTable.get(name)!.sort(byId), devices, layout));
  }
  const info: Payload['i'] = Object.keys(deviceList).sort().map((d) => [devices.of(d), deviceList[d]!.name, deviceList[d]!.at]);
  out.raw('],"d":');
  out.json(devices.ids);
  out.raw(',"i":');
  out.json(info);
  out.raw('}');
  return out.bytes();
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
    const counter = k[i]!;
    if (wall < 0 || wall > MAX_WALL || counter < 0 || counter > 0xffff || device === '') fail('clock range');
    // formatClock's text, joined into one flat string: a template literal gives a string of pieces
    // in V8, and every comparison of two such clocks walks the pieces; the merge compares a clock
    // of each side for every field.
    out.push([String(wall).padStart(15, '0'), counter.toString(16).padStart(4, '0'), device].join('-'));
  }
  return out;
}

/** The largest wall time a clock can carry (15 digits; see hlc.ts). */
const MAX_WALL = 999_999_999_999_999;

function vectorFrom(v: unknown, clocks: Clock[]): VersionVector {
  const out: VersionVector = {};
  for (const n of ints(v, 'seen')) {
    const clock = clocks[n];
    if (clock === undefined) fail('seen clock');
    setOwn(out, clockDevice(clock), clock);
  }
  return out;
}

function decodeTable(block: unknown, deviceIds: string[], records: Record<string, SyncRecord>, layout: PayloadLayout): void {
  if (!block || typeof block !== 'object') fail('table');
  const b = block as Partial<TableBlock>;
  if (typeof b.n !== 'string' || !b.n || !isArr(b.ids) || !isArr(b.f) || !isArr(b.c) || !isArr(b.x) || b.c.length !== b.f.length) fail('table shape');
  const table = b.n;
  const ids = b.ids;
  const n = ids.length;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== 'string' || id === '') fail('ids');
  }
  const clocks = decodeClocks(b.t, deviceIds);
  const usual = ints(b.rc, 'record clocks');
  if (usual.length !== n) fail('record clocks length');
  const names = b.f;
  const cols = b.c;
  // How many fields each record has, checking the columns' record numbers on the way.
  const count = new Uint32Array(n);
  for (let fi = 0; fi < names.length; fi++) {
    if (typeof names[fi] !== 'string') fail('field name');
    const col = cols[fi] as Partial<FieldCol>;
    if (!col || typeof col !== 'object' || !isArr(col.v)) fail('column');
    const r = col.r;
    const len = col.v.length;
    if (layout === 1 ? !isArr(r) || !isArr(col.c) || col.c.length !== len || r.length !== len || col.k !== undefined || col.d !== undefined
      : col.c !== undefined || (r === undefined ? len !== n : !isArr(r) || r.length !== len)) fail('column lengths');
    if (r === undefined) {
      for (let i = 0; i < n; i++) count[i]! += 1;
      continue;
    }
    let ri = 0;
    for (let pos = 0; pos < r.length; pos++) {
      const step = r[pos];
      if (!isInt(step)) fail('column records');
      ri += step;
      if (ri < 0 || ri >= n || (pos > 0 && step <= 0)) fail('record number');
      count[ri]! += 1;
    }
  }
  // A record with every field of its table (nearly all) starts as a copy of a template that has
  // them all, in order, and its entries are then filled in: an object given twenty properties one
  // by one under computed names becomes a slow dictionary in V8, one copied from a template stays
  // a fast object, which the merge, the encoder and the garbage collector all handle faster.
  const distinct = new Set(names as string[]).size === names.length;
  const template = distinct && names.length > 0 ? Object.fromEntries(names.map((f) => [f, undefined])) as unknown as Record<string, FieldEntry> : undefined;
  const recs: SyncRecord[] = new Array<SyncRecord>(n);
  for (let i = 0; i < n; i++) recs[i] = { table, id: ids[i] as string, fields: template !== undefined && count[i] === names.length ? { ...template } : {} };
  for (let fi = 0; fi < names.length; fi++) {
    const name = names[fi] as string;
    const col = cols[fi] as FieldCol;
    const r = col.r;
    const c = col.c;
    const v = col.v;
    const len = v.length;
    let undef: Uint8Array | undefined;
    if (col.u !== undefined) {
      undef = new Uint8Array(len);
      for (const p of ints(col.u, 'column undefined')) if (p >= 0 && p < len) undef[p] = 1;
    }
    const dict = col.d;
    if (dict !== undefined) {
      if (!isArr(dict)) fail('dictionary');
      for (const x of dict) if (x !== null && typeof x === 'object') fail('dictionary value');
    }
    // Layout 2: the entries off their record's usual clock, as (position delta, clock) pairs.
    const off = col.k === undefined ? undefined : ints(col.k, 'column clocks');
    if (off !== undefined && off.length % 2 !== 0) fail('column clocks');
    let at = 0;
    let next = off !== undefined && off.length > 0 ? off[0]! : -1;
    let seen: Map<number, VersionVector> | undefined;
    if (col.s !== undefined) {
      if (!isArr(col.s)) fail('column seen');
      seen = new Map();
      for (const s of col.s) {
        if (!isArr(s) || s.length !== 2 || !isInt(s[0])) fail('seen row');
        seen.set(s[0], vectorFrom(s[1], clocks));
      }
    }
    // A field named "__proto__" must become data (setOwn); every other name is a plain store.
    const proto = name === '__proto__';
    let ri = 0;
    for (let pos = 0; pos < len; pos++) {
      ri = r === undefined ? pos : ri + r[pos]!;
      let clock: Clock | undefined;
      if (c !== undefined) {
        const cn = c[pos];
        if (!isInt(cn)) fail('column clocks');
        clock = cn === 0 ? clocks[usual[ri]!] : clocks[cn - 1];
      } else if (pos === next) {
        clock = clocks[off![at + 1]!];
        at += 2;
        // A step of 0 or less never matches a later position: caught below as pairs left over.
        next = at < off!.length ? next + off![at]! : -1;
      } else {
        clock = clocks[usual[ri]!];
      }
      if (clock === undefined) fail('field clock');
      let value = v[pos];
      if (dict !== undefined) {
        if (!isInt(value) || value < 0 || value >= dict.length) fail('dictionary number');
        value = dict[value];
      }
      const entry: FieldEntry = { value: undef !== undefined && undef[pos] === 1 ? undefined : value, clock };
      if (seen !== undefined) {
        const vec = seen.get(pos);
        if (vec) entry.seen = vec;
      }
      const fields = recs[ri]!.fields;
      if (proto) setOwn(fields, name, entry);
      else fields[name] = entry;
    }
    if (off !== undefined && at !== off.length) fail('column clocks');
  }
  let ri = 0;
  b.x.forEach((t, k) => {
    if (!isArr(t) || t.length < 2 || t.length > 3 || !isInt(t[0]) || !isInt(t[1])) fail('tombstone');
    ri += t[0];
    const rec = recs[ri];
    if (!rec || (k > 0 && t[0] <= 0)) fail('tombstone record');
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
  if ((p.v !== 1 && p.v !== 2) || !isArr(p.d) || !isArr(p.t) || !isArr(p.i)) fail('payload shape');
  const deviceIds = p.d;
  if (!deviceIds.every((d) => typeof d === 'string' && d !== '')) fail('devices');
  const records: Record<string, SyncRecord> = {};
  for (const block of p.t) decodeTable(block, deviceIds as string[], records, p.v);
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
