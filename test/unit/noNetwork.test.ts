import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const NETWORK = /require\("(node:)?(http|https|http2|net|tls|dgram|dns)"\)|\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/g;

describe('privacy: the shipped bundles cannot reach the network', () => {
  // Every script under dist/, the dashboard's page script in dist/dashboard/ included.
  const dist = path.join(root, 'dist');
  const bundles = fs.existsSync(dist) ? (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.js')).map((f) => f.split(path.sep).join('/')) : [];

  it('are built (npm test packages first)', () => {
    for (const bundle of ['extension.js', 'cli.js', 'drafts.js', 'dashboard/webview.js']) {
      assert.ok(bundles.includes(bundle), `dist has ${bundles.join(', ')}, not ${bundle}`);
    }
  });

  // Every code path, activation included, which a run-time test cannot watch from its start.
  it('load no network module and call no network API', () => {
    // The toolkit is Microsoft's own bundle, copied as published.
    for (const bundle of bundles.filter((b) => !b.endsWith('toolkit.min.js'))) {
      const found = fs.readFileSync(path.join(root, 'dist', bundle), 'utf8').match(NETWORK) ?? [];
      assert.deepStrictEqual(found, [], `${bundle} reaches for the network`);
    }
  });
});
