/**
 * zod's compiler, alone: the extension's bundle loads it from dist/zod-compile.js
 * only when a large file needs it (see validator.ts). It carries its own copy of
 * zod's core, which reads a schema's definition and falls back to that schema's
 * own parser, so it compiles schemas built by the bundle's copy.
 */
export { compile } from 'zod/mini';
