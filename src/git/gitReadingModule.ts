/**
 * The git reader, loaded on first use. In the bundle this require names dist/git.js (scripts/build.mjs);
 * under tsc it is the compiled module itself.
 */
import type * as GitReading from './gitReading';

let loaded: typeof GitReading | undefined;

export function gitReading(): typeof GitReading {
  return (loaded ??= require('./gitReading') as typeof GitReading);
}
