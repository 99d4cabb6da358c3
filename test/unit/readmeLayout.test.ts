/** The README's Layout is how a newcomer finds their way: it names every entry of src/ and of src/core's folders, and nothing that is gone. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

function layoutEntries(): Set<string> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /### Layout\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, 'the README has a Layout section with a code block');
  const entries = new Set<string>();
  for (const line of block[1].split('\n')) {
    const first = /^(src\/\S+)/.exec(line);
    if (first) {
      entries.add(first[1].replace(/\/$/, ''));
    }
  }
  return entries;
}

function listed(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || entry.name.endsWith('.ts'))
    .map((entry) => `${folder}/${entry.name}`);
}

describe("the README's Layout", () => {
  it('names every folder and file of src/, and every folder of src/core/', () => {
    const entries = layoutEntries();
    const expected = [...listed('src'), ...listed('src/core').filter((p) => fs.statSync(path.join(ROOT, p)).isDirectory())];
    const missing = expected.filter((p) => !entries.has(p));
    assert.deepEqual(missing, [], 'in the tree but not in the Layout');
  });

  it('names nothing that is not in the tree', () => {
    const gone = [...layoutEntries()].filter((p) => !fs.existsSync(path.join(ROOT, p)));
    assert.deepEqual(gone, [], 'in the Layout but not in the tree');
  });
});
