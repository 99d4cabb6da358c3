/**
 * The draft templates, loaded on first use. In the bundle this require names
 * dist/drafts.js (scripts/build.mjs), so activation does not compile the
 * drafts' text in four languages; under tsc it is the compiled module itself.
 */
import type * as Templates from '../../core/templates/index';

let loaded: typeof Templates | undefined;

export function templates(): typeof Templates {
  return (loaded ??= require('../../core/templates/index') as typeof Templates);
}
