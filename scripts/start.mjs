// npm start: the extension under development in a browser VS Code
// (code-server on loopback) on the demo workspace. Prints the URL; Ctrl+C
// stops code-server and every helper process it started.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot } from '../test/harness/codeServerInstall.mjs';
import { startCodeServer } from '../test/harness/codeServer.mjs';
import { copyDemo } from './demo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3170);
// The demo is copied out of this repository: its client file is committed here,
// and the extension must not offer to untrack it from Client Health's own git.
function demoCopy() {
  const copy = join(cacheRoot(), 'demo-workspace');
  if (process.argv.includes('--reset-demo') || !existsSync(copy)) {
    rmSync(copy, { recursive: true, force: true });
    copyDemo(copy);
  }
  return copy;
}
const target = process.argv.slice(2).find((a) => !a.startsWith('--'));
const folder = target ? join(process.cwd(), target) : demoCopy();

const server = await startCodeServer({
  dataDir: join(cacheRoot(), 'demo-data'),
  port,
  log: (line) => process.env.CLIENT_HEALTH_VERBOSE === '1' && process.stdout.write(line),
});
const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
const query = new URLSearchParams({ folder, payload: JSON.stringify([['extensionDevelopmentPath', remote(root)]]) });
console.log(`\nClient Health is running in VS Code (code-server) on ${folder}`);
if (!target) console.log('(a copy of demo/ that keeps your edits; npm start -- --reset-demo starts it afresh, dated this week)');
console.log('');
console.log(`  Open: ${server.url}/?${query.toString()}\n`);
console.log('Press Ctrl+C to stop.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
