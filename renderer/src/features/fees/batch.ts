// Many documents, one file each, into one .zip: rendered a few at a time (the PDF service is
// one process; two in flight keep it busy without queueing the whole run), with progress after
// each and a cancel that stops before the next. The PDFs are already compressed, so the zip
// stores them as they are, which is much faster and hardly larger.
import { zipSync } from 'fflate';
import { uniqueNames } from '../../domain/fees/fileNames';

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export type BatchOptions = { onProgress?: (done: number, total: number) => void; signal?: AbortSignal; concurrency?: number };

/** Renders every job, in order, stopping with `Cancelled` when the signal fires. */
export async function renderEach<J>(jobs: readonly J[], render: (job: J) => Promise<Uint8Array>, opts: BatchOptions = {}): Promise<Uint8Array[]> {
  const out: Uint8Array[] = new Array<Uint8Array>(jobs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      if (opts.signal?.aborted) throw new Cancelled();
      const i = next++;
      out[i] = await render(jobs[i]!);
      done++;
      // After a cancel, a render still in flight finishes quietly: no progress after the end.
      if (!opts.signal?.aborted) opts.onProgress?.(done, jobs.length);
    }
  };
  // Every worker settles before this returns or throws, so nothing runs on after a cancel or error.
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 2, jobs.length)) }, worker));
  if (opts.signal?.aborted) throw new Cancelled();
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return out;
}

/** One .zip of named files; names are made unique so none overwrites another when unpacked. */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const names = uniqueNames(files.map((f) => f.name));
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  files.forEach((f, i) => {
    entries[names[i]!] = [f.bytes, { level: 0 }];
  });
  return zipSync(entries);
}
