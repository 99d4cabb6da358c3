/** What a command writes to and reads the time from: the process, or a test's capture. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly now: Date;
}
