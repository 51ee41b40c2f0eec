// Timing: a warm-up run (JIT, caches, lazy loading) that is thrown away, then several measured
// runs; the median is reported because one slow run (a GC pause, a busy neighbour) should not move it.

export type Stats = { median: number; min: number; max: number; samples: number[] };

export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), min: sorted[0]!, max: sorted[sorted.length - 1]!, samples: [...samples] };
}

/** Nearest-rank percentile over sorted samples (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no samples');
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export type RunPlan = { warmup: number; runs: number };

const gc = (globalThis as { gc?: () => void }).gc;

/** Collects garbage between runs when node runs with --expose-gc, so one run does not pay for the last. */
export function collect(): void {
  gc?.();
}

/**
 * Times `run` after `setup` (untimed) for each of `plan.warmup + plan.runs` rounds. `run` may
 * return a number to report instead of its wall time (for measurements that time a part of it).
 */
export async function measure<S>(plan: RunPlan, setup: () => S | Promise<S>, run: (s: S) => unknown | Promise<unknown>): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const state = await setup();
    collect();
    const t0 = performance.now();
    const reported = await run(state);
    const elapsed = performance.now() - t0;
    if (i >= plan.warmup) samples.push(typeof reported === 'number' ? reported : elapsed);
  }
  return stats(samples);
}

/** Times two alternatives interleaved (A, B, A, B…) so drift in the machine's load hits both alike. */
export async function measurePair<S>(
  plan: RunPlan,
  setup: () => S | Promise<S>,
  a: (s: S) => unknown | Promise<unknown>,
  b: (s: S) => unknown | Promise<unknown>,
): Promise<{ a: Stats; b: Stats }> {
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    for (const [fn, out] of [[a, sa], [b, sb]] as const) {
      const state = await setup();
      collect();
      const t0 = performance.now();
      await fn(state);
      const elapsed = performance.now() - t0;
      if (i >= plan.warmup) out.push(elapsed);
    }
  }
  return { a: stats(sa), b: stats(sb) };
}

/** Per-round ratios a/b of two paired sample lists. */
export function ratios(a: Stats, b: Stats): Stats {
  return stats(a.samples.map((x, i) => x / b.samples[i]!));
}
