/**
 * The import core, loaded on first use. In the bundle this require names
 * dist/imports.js (scripts/build.mjs); under tsc it is the compiled module itself.
 */
import type * as Imports from '../../core/imports/index';

let loaded: typeof Imports | undefined;

export function imports(): typeof Imports {
  return (loaded ??= require('../../core/imports/index') as typeof Imports);
}
