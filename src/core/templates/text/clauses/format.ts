/** What the clause tables of every language share: times, day ranges, lists and plurals. */
import type { Count } from '../termination';

export const hm = (minutes: number, sep: string) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}${sep}${String(minutes % 60).padStart(2, '0')}`;

/** Consecutive days (Monday first) as one range, else undefined. */
export function range(days: readonly number[]): [number, number] | undefined {
  const sorted = [...days].sort((a, b) => a - b);
  return sorted.length >= 3 && sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1) ? [sorted[0], sorted[sorted.length - 1]] : undefined;
}

export const joinAnd = (items: readonly string[], and: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`);

export const plural = (c: Count, one: string, other: string) => `${c.text} ${c.n === 1 ? one : other}`;
