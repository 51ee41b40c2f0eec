// The copies that cloud-sync clients make when two computers save the shared file at once: they do
// not merge, they keep the later save as a second file beside the first. Kansli merges them in.
//   Dropbox    "Kansli (Karins datorns conflicted copy 2026-03-01).ksync", "… (konfliktkopia …)"
//   OneDrive   "Kansli-DESKTOP-4F2K9QX.ksync", "Kansli-LAPTOP-KARIN.ksync"
//   Drive      "Kansli (1).ksync"
//   Nextcloud  "Kansli (conflicted copy 2026-03-01 101010).ksync"
//   Syncthing  "Kansli.sync-conflict-20260301-101010-ABCDEFG.ksync"
import { basename, extname } from 'node:path';

export function splitName(file: string): { stem: string; ext: string } {
  const name = basename(file);
  const ext = extname(name);
  return { stem: name.slice(0, name.length - ext.length), ext };
}

const MARKERS = [
  /^ \(.*(conflicted copy|konfliktkopia|konflikt|conflict).*\)$/i,
  /^ \(\d{1,3}\)$/,
  /^-[A-Z0-9][A-Z0-9-]{1,30}$/, // OneDrive: -<COMPUTERNAME> (Windows names are upper case)
  /^\.sync-conflict-[\w-]+$/,
  /^[ _-]?(konflikt|conflict)[\w ()-]*$/i,
];

/** Whether `name` (a file in the same folder) is a cloud conflict copy of the shared file `file`. */
export function isConflictCopy(file: string, name: string): boolean {
  const { stem, ext } = splitName(file);
  if (name === basename(file) || name.startsWith('.')) return false;
  if (!name.toLowerCase().endsWith(ext.toLowerCase())) return false;
  const inner = name.slice(0, name.length - ext.length);
  if (!inner.toLowerCase().startsWith(stem.toLowerCase())) return false;
  const marker = inner.slice(stem.length);
  return marker !== '' && MARKERS.some((m) => m.test(marker));
}
