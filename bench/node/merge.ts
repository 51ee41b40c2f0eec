// merge.replicas and merge.vsAutomerge (DESIGN.md, "The Automerge comparison"): the whole
// shared-file round on both sides for two replicas of the same members that diverged by 1,000
// concurrent field edits each. Kansli: read both sync files (decrypt, inflate, decode), mergeStates,
// write the result (encode, deflate, encrypt). Automerge: load both saved documents, merge, save.
import { mergeStates } from '../../renderer/src/domain/sync/merge';
import { measurePair, ratios, stats, type RunPlan } from '../lib/measure';
import type { ResultSet } from '../lib/results';
import type { Dataset } from '../generate';
import { packageVersion } from '../lib/machine';
import { automergeBase, automergeReplica, automergeRound, kansliBase, kansliReplica, plannedEdits, MERGE_FIELDS } from './replicas';
import { decodeFile, devices, encodeFile, mergeDevices, openSession, type Session } from './syncFile';

const DEVICE_A = '3f6e1c2a-9b7d-4e21-a5c3-aaaaaaaaaaaa';
const DEVICE_B = '8c2d4f60-1e3b-4a97-b2d8-bbbbbbbbbbbb';
const MERGED_FROM = 'ab'.repeat(32);

export async function kansliRound(s: Session, fileA: Uint8Array, fileB: Uint8Array): Promise<{ bytes: Uint8Array; conflicts: number; records: number }> {
  const a = await decodeFile(s, fileA);
  const b = await decodeFile(s, fileB);
  const merged = mergeStates(a.state, b.state);
  // The base names the version merged from (a SHA-256, as the sync area writes it), so the result is a
  // file a reader accepts.
  const bytes = await encodeFile(s, { state: merged.state, devices: mergeDevices(a.devices, b.devices) }, MERGED_FROM);
  return { bytes, conflicts: merged.conflicts.length, records: Object.keys(merged.state.records).length };
}

export async function measureMerge(results: ResultSet, data: Dataset, editsPerReplica: number, plan: RunPlan, log: (s: string) => void): Promise<void> {
  const members = data.tables.members;
  const editsA = plannedEdits(data.seed, 'A', editsPerReplica, members.length);
  const editsB = plannedEdits(data.seed, 'B', editsPerReplica, members.length);

  log('  replikor för Kansli');
  const session = await openSession();
  const base = kansliBase(members);
  const fileA = await encodeFile(session, { state: kansliReplica(base, members, editsA, DEVICE_A), devices: devices(DEVICE_A, 'Anna') });
  const fileB = await encodeFile(session, { state: kansliReplica(base, members, editsB, DEVICE_B), devices: devices(DEVICE_B, 'Bertil') });

  log('  replikor för Automerge (det tar en stund)');
  const amBase = automergeBase(members);
  const amA = automergeReplica(amBase, members, editsA, 'aa'.repeat(16));
  const amB = automergeReplica(amBase, members, editsB, 'bb'.repeat(16));

  const check = await kansliRound(session, fileA, fileB);
  if (check.records !== members.length) throw new Error(`merge kept ${check.records} of ${members.length} members`);
  const amMerged = automergeRound(amA, amB);

  log('  mäter');
  const { a: kansli, b: automerge } = await measurePair(plan, () => undefined, () => kansliRound(session, fileA, fileB), () => automergeRound(amA, amB));
  const what = `${members.length} medlemmar × ${MERGE_FIELDS.length} fält, ${editsPerReplica} samtidiga fältändringar per replik (${check.conflicts} konflikter); Node.`;
  results.set('merge.replicas', kansli, `Läs båda synkfilerna (dekryptera AES-GCM, packa upp, avkoda), mergeStates, skriv resultatet (koda, packa, kryptera). Nyckeln härledd en gång per session, före mätningen. ${what}`);
  results.set('merge.automerge', automerge, `@automerge/automerge ${packageVersion('@automerge/automerge')}: load av båda sparade dokumenten + merge + save; strängar som Automerges standardtext. ${what}`);
  results.set('merge.vsAutomerge', ratios(automerge, kansli), 'Kvot per omgång (Automerge / Kansli), körda omväxlande.');

  const size = (n: number) => stats([n]);
  results.set('sync.membersFileSize', size(check.bytes.length), `Kanslis sammanslagna synkfil för samma medlemmar (krypterad, komprimerad). Replikerna var ${fileA.length} och ${fileB.length} byte.`);
  results.set('sync.automergeSize', size(amMerged.length), `Automerge-dokumentet efter merge, sparat. Replikerna var ${amA.length} och ${amB.length} byte.`);
  results.set('sync.vsAutomergeSize', size(amMerged.length / check.bytes.length), 'Automerges sparade byte / Kanslis synkfil, samma sammanslagna poster.');
}
