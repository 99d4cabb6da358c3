// Timing helpers for the benchmark: medians of repeated runs, heap growth, formatting.

const collect = () => {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
};

/**
 * Median CPU time in ms (user + system, every thread of the process, so the garbage collector's
 * helpers count) of one run of `fn`, over `reps` samples after `warmup` unmeasured runs. CPU time,
 * not wall time: on a machine shared with other work, wall time counts the waits for a core too.
 * Each sample starts from a collected heap (otherwise it pays for the garbage of the stage before)
 * and lasts at least `minSampleMs`: a check of well under a millisecond is run in a batch and the
 * batch's time divided, so that each run pays its share of the collections its own garbage causes,
 * as in a running extension host, rather than the full collection forced just before it (whose
 * helper threads are still sweeping when a sub-millisecond run starts). `maxBatch: 1` for a
 * stateful `fn` that can only run `reps` times.
 */
export function median(fn, reps, { warmup = 1, minSampleMs = 20, maxBatch = 1000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  let batch = 1;
  if (maxBatch > 1) {
    collect();
    const start = process.cpuUsage();
    fn();
    const once = cpuMs(process.cpuUsage(start));
    batch = Math.min(maxBatch, Math.max(1, Math.ceil(minSampleMs / Math.max(once, 0.01))));
  }
  const times = [];
  for (let i = 0; i < reps; i++) {
    collect();
    const start = process.cpuUsage();
    for (let j = 0; j < batch; j++) fn();
    times.push(cpuMs(process.cpuUsage(start)) / batch);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

const cpuMs = (used) => (used.user + used.system) / 1000;

/** Heap retained by what `fn` returns, in bytes (needs --expose-gc to be exact). */
export function heapGrowth(fn) {
  collect();
  const before = process.memoryUsage().heapUsed;
  const kept = fn();
  collect();
  const after = process.memoryUsage().heapUsed;
  // Keep the result alive until after the measurement.
  if (kept === Symbol.for('never')) console.log(kept);
  return after - before;
}

export const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A plain-text table: the first row is the header, columns padded, numbers right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
