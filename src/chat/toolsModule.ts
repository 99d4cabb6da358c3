/**
 * The chat tools' implementation, loaded on the first call. In the bundle this
 * require names dist/tools.js (scripts/build.mjs); under tsc it is the compiled module itself.
 */
import type * as Tools from '../core/tools/tools';

let loaded: typeof Tools | undefined;

export function tools(): typeof Tools {
  return (loaded ??= require('../core/tools/tools') as typeof Tools);
}
