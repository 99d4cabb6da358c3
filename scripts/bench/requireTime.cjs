// Child process of the benchmark: the time to require dist/extension.js, with the
// `vscode` module stubbed (only here, for the measurement). Prints ms on stdout.
// With --compile-only it prints the time V8 takes to compile the same bytes
// wrapped as Node wraps a module, without running them: the floor of a require,
// which moves with the machine as JSON.parse does for the client file.
const Module = require('node:module');

if (process.argv[3] === '--compile-only') {
  const { readFileSync } = require('node:fs');
  const { Script } = require('node:vm');
  const source = Module.wrap(readFileSync(process.argv[2], 'utf8'));
  const start = process.hrtime.bigint();
  new Script(source, { filename: process.argv[2] });
  process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
  return;
}

const stub = new Proxy(function () {}, {
  get: (_target, key) => (key === '__esModule' ? false : stub),
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? stub : load.call(this, request, ...rest);
};

const start = process.hrtime.bigint();
require(process.argv[2]);
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
