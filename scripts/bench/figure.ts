// What every bench family returns: figures with a unit, a goal when one was set, the command that
// reproduces them, and, when a figure cannot be taken on this machine, null and the reason.

export interface Figure {
  /** The JSON key (the 13 of REQUIRED_KEYS, plus a few extra). */
  key: string;
  label: string;
  value: number | null;
  unit: "ms" | "bytes" | "count" | "MB" | "MB/s" | "calls/s" | "ratio";
  /** Context printed beside the value (best/median, method, goal met or not). */
  note?: string;
  /** Why the value is null. */
  reason?: string;
  command: string;
}

export interface Family {
  name: string;
  /** Text printed under the table: how the figures were taken. */
  method: string[];
  run(scale: Scale): Promise<Figure[]>;
}

/** Sizes scale down for a smoke run (BENCH_TINY=1): the same code paths on a few units. */
export interface Scale {
  tiny: boolean;
  units(n: number): number;
}

export function makeScale(tiny: boolean): Scale {
  return { tiny, units: (n) => (tiny ? Math.max(5, Math.round(n / 1000)) : n) };
}

export function command(family: string): string {
  return `npm run bench -- --only ${family}`;
}

export function nullFigure(key: string, label: string, unit: Figure["unit"], reason: string, family: string): Figure {
  return { key, label, value: null, unit, reason, command: command(family) };
}

export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function round(n: number, places = 1): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** Collects the previous run's garbage when node runs with --expose-gc (npm run bench does), so a run pays for its own. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Times `fn` `runs` times after `warmups` untimed runs: every run's ms. */
export function timeRuns(fn: () => void, runs: number, warmups = 1): number[] {
  for (let i = 0; i < warmups; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    fn();
    out.push(msSince(start));
  }
  return out;
}
