import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const NETWORK = /require\("(node:)?(http|https|http2|net|tls|dgram|dns)"\)|\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/g;

describe('privacy: the shipped bundles cannot reach the network', () => {
  const bundles = fs.existsSync(path.join(root, 'dist')) ? fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js')) : [];

  it('are built (npm test packages first)', () => {
    assert.ok(bundles.includes('extension.js') && bundles.includes('cli.js'), `dist has ${bundles.join(', ')}`);
  });

  // Every code path, activation included, which a run-time test cannot watch from its start.
  it('load no network module and call no network API', () => {
    for (const bundle of bundles.filter((b) => !b.startsWith('toolkit'))) {
      const found = fs.readFileSync(path.join(root, 'dist', bundle), 'utf8').match(NETWORK) ?? [];
      assert.deepStrictEqual(found, [], `${bundle} reaches for the network`);
    }
  });
});
