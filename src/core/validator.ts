/**
 * Which zod parser checks a client file. zod's interpreter walks the format a
 * field at a time; its compiler generates one function for the whole format
 * that is several times faster on valid input and hands invalid input back to
 * the interpreter, so the issues reported are the same. Compiling costs about
 * 10 ms and 35 KB of code, so it happens once per session, for the first file
 * large enough to gain from it; from then on every file uses it.
 */
import { Schemas, schemas } from './schema';

type ClientFileParser = Schemas['ClientFileSchema'];

/** Below this many characters the interpreter is fast enough (a 100-client file is about 700,000). */
export const COMPILE_FROM_LENGTH = 256 * 1024;

let compiled: ClientFileParser | undefined;

/** The compiled parser, compiled on first call. */
export function compiledClientFileParser(): ClientFileParser {
  // A require, not an import: the bundle points it at dist/zod-compile.js (scripts/build.mjs).
  return (compiled ??= (require('./zodCompile') as typeof import('./zodCompile')).compile(schemas().ClientFileSchema));
}

/** The parser for a file of this many characters: the interpreter until a large file has made compiling worth it. */
export function clientFileParser(textLength: number): ClientFileParser {
  return compiled || textLength >= COMPILE_FROM_LENGTH ? compiledClientFileParser() : schemas().ClientFileSchema;
}
