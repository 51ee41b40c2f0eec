// Run as a child process by files.test.ts: replaces the target file again and again with
// self-checking contents (generation number, padding, and the hash of both) until it is killed.
import { createHash } from 'node:crypto';
import { atomicWrite } from '../../../electron/services/sync/atomic';

export function content(generation: number): Uint8Array {
  const body = `generation ${generation}\n${'x'.repeat(200_000 + (generation % 7) * 50_000)}\n`;
  const hash = createHash('sha256').update(body).digest('hex');
  return new TextEncoder().encode(`${hash}\n${body}`);
}

export function check(bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  const nl = text.indexOf('\n');
  const hash = text.slice(0, nl);
  const body = text.slice(nl + 1);
  if (createHash('sha256').update(body).digest('hex') !== hash) throw new Error('a broken file');
  return Number(/^generation (\d+)/.exec(body)![1]);
}

if (process.argv[2] === 'write') {
  const target = process.argv[3]!;
  let generation = Number(process.argv[4] ?? 0);
  const loop = async () => {
    for (;;) {
      generation += 1;
      await atomicWrite(target, content(generation));
      process.stdout.write(`${generation}\n`);
    }
  };
  void loop();
}
