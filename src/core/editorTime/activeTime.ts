/**
 * Editor time (opt-in, docs/editor-time.md): active minutes counted the way time trackers count them. Every editor event
 * (typing, moving through files, a selection, the window gaining focus) is a heartbeat; the time between two
 * heartbeats counts when they are less than 5 minutes apart, so a pause of 5 minutes or more counts nothing,
 * not even its first 5 minutes. Losing focus ends the run: nothing after the last heartbeat counts.
 *
 * An event costs one comparison and one assignment (`activity`): a keystroke never splits days or touches
 * storage. The time of the run is folded into per-day totals only when the run ends (a pause, a blur) or when
 * the caller takes the totals (a timer, once a minute), and split there at local midnight.
 */
import { DayNumber, localToday } from '../dates';

/** A pause this long or longer is not work: the time trackers' usual cut. */
export const IDLE_CUT_MS = 5 * 60_000;

export class ActiveTime {
  /** The current run of heartbeats less than the cut apart: its first not yet folded instant, and its last heartbeat. */
  private from: number | undefined;
  private last = 0;
  private readonly pending = new Map<DayNumber, number>();

  constructor(private readonly idleCutMs: number = IDLE_CUT_MS) {}

  /** A heartbeat at `now` (milliseconds since the epoch). */
  activity(now: number): void {
    if (this.from !== undefined && now - this.last < this.idleCutMs && now >= this.last) {
      this.last = now;
      return;
    }
    // A pause at or over the cut, or a clock set back: the run so far is counted and a new one starts here.
    this.fold();
    this.from = now;
    this.last = now;
  }

  /** The window lost focus (or the folder stopped being a client's): the run ends at its last heartbeat. */
  blur(): void {
    this.fold();
    this.from = undefined;
  }

  /**
   * The milliseconds counted per local day since the last take, and forgets them. The run goes on (its counted
   * part is folded), unless `now` is already past the cut after its last heartbeat.
   */
  take(now: number): Map<DayNumber, number> {
    if (this.from !== undefined && now - this.last >= this.idleCutMs) {
      this.blur();
    } else {
      this.fold();
    }
    const taken = new Map(this.pending);
    this.pending.clear();
    return taken;
  }

  /** Adds the run's part from `from` to the last heartbeat to the days it spans, and keeps the run open from there. */
  private fold(): void {
    if (this.from === undefined || this.last <= this.from) {
      return;
    }
    let start = this.from;
    const end = this.last;
    while (start < end) {
      const day = new Date(start);
      const midnight = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
      const stop = Math.min(end, midnight);
      const key = localToday(day);
      this.pending.set(key, (this.pending.get(key) ?? 0) + (stop - start));
      start = stop;
    }
    this.from = end;
  }
}
