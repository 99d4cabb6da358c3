// Child process of the benchmark: the time to require dist/extension.js, with the
// `vscode` module stubbed (only here, for the measurement). Prints ms on stdout.
const Module = require('node:module');

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
