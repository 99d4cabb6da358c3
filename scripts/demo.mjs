// The demo workspace, copied with its dates moved to the current week, so that
// its three clients show the same health whenever the demo runs: Atelier Lumen
// healthy, Northwind Logistics at risk, BrightPath Media time to part ways.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const demoSource = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');

/** The day the demo's dates were written for. */
export const DEMO_ANCHOR = '2026-11-22';

const DAY_MS = 86_400_000;
const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoDay = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Whole weeks from the anchor to `today`: weekdays stay weekdays, so working-hours signals do not change. */
export function demoShiftDays(today) {
  return Math.floor((dayNumber(today) - dayNumber(DEMO_ANCHOR)) / 7) * 7;
}

/** Every calendar date in a string value (dates and the date of date-times) moved by `days`. */
export function shiftDates(text, days) {
  return text.replace(/"(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})?"/g, (_, date, time = '') => `"${isoDay(dayNumber(date) + days)}${time}"`);
}

export function localIsoToday(now = new Date()) {
  return isoDay(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS);
}

/** Copies demo/ to `target` with the client file's dates moved to the week of `today`. */
export function copyDemo(target, today = localIsoToday()) {
  cpSync(demoSource, target, { recursive: true });
  const file = join(target, '.freelance', 'clients.json');
  writeFileSync(file, shiftDates(readFileSync(file, 'utf8'), demoShiftDays(today)));
  return target;
}
