/**
 * Moments of the extension's start and of an edit's re-check, for the harness
 * that times them in the real workbench (test/harness/firstLookTimings.mjs,
 * editLatency.mjs). Written only when CLIENT_HEALTH_TIMINGS names a file,
 * which the harness sets and a user never does; otherwise each mark is one test
 * of a constant. Wall-clock ms with the fraction, to line up with the page's clock.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.CLIENT_HEALTH_TIMINGS;

export function mark(name: string): void {
  if (file) {
    appendFileSync(file, JSON.stringify({ name, pid: process.pid, at: performance.timeOrigin + performance.now() }) + '\n');
  }
}
