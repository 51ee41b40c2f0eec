// What the figures were taken on: they mean little without the machine, and this one may be shared.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';

export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export function which(cmd: string): string | undefined {
  try {
    return execFileSync('which', [cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function machine(browser?: string): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  return [
    `${cpus[0]?.model.trim() ?? 'okänd processor'} × ${cpus.length}`,
    `${Math.round(os.totalmem() / 2 ** 30)} GB RAM`,
    `${os.type()} ${os.release()}`,
    `Node ${process.version}`,
    browser,
    `belastning vid slutet ${load}`,
  ].filter(Boolean).join(', ');
}
