// npm run package: builds, packs the .vsix with @vscode/vsce, and checks that
// no source, test or source map went into it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = `${name}-${version}.vsix`;
const vsce = join(root, 'node_modules', '.bin', 'vsce');
// vsce runs `vscode:prepublish` (npm run build) itself; everything is bundled, so no node_modules ship.
// Relative links stay relative: the README's screenshots and docs ship inside the .vsix, where VS Code resolves them.
execFileSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', vsix], { cwd: root, stdio: 'inherit' });
const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const forbidden = files.filter((f) => /^(src|test|out|scripts|demo)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
if (forbidden.length) {
  console.error(`[package] ${vsix} must not contain: ${forbidden.join(', ')}`);
  process.exit(1);
}
console.log(`[package] ${vsix}: ${files.length} files\n  ${files.join('\n  ')}`);
