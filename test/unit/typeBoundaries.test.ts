import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../../..');
const WEBVIEW = path.join(root, 'src/dashboard/webview');

function parsedConfig(dir: string): ts.ParsedCommandLine {
  const file = path.join(dir, 'tsconfig.json');
  const read = ts.readConfigFile(file, (p) => ts.sys.readFile(p));
  assert.strictEqual(read.error, undefined, `${file} cannot be read`);
  return ts.parseJsonConfigFileContent(read.config, ts.sys, dir, undefined, file);
}

/**
 * The messages tsc gives for `probe`, put at `at` among every file of the config
 * in `dir`: a `/// <reference lib="dom" />` in any of them would make `document`
 * known to all, so the whole program is loaded, but only the probe is checked.
 */
function diagnosticsOf(dir: string, at: string, probe: string): string[] {
  const config = parsedConfig(dir);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (p) => p === at || ts.sys.fileExists(p);
  host.readFile = (p) => (p === at ? probe : readFile(p));
  host.getSourceFile = (p, language) => (p === at ? ts.createSourceFile(p, probe, language) : getSourceFile(p, language));
  const program = ts.createProgram([...config.fileNames, at], config.options, host);
  const file = program.getSourceFile(at);
  assert.ok(file, `the probe ${at} is not in the program`);
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const PROBE = 'export const title: string = document.title;\n';

describe('type boundaries: the DOM is the webview page’s alone', function () {
  this.timeout(60_000);

  it('extension-host code that touches document fails to type-check', () => {
    const messages = diagnosticsOf(root, path.join(root, 'src/domProbe.ts'), PROBE);
    assert.ok(
      messages.some((m) => m.includes("Cannot find name 'document'")),
      `the extension host's tsconfig accepts document: ${JSON.stringify(messages)}`,
    );
  });

  // The control: the same line type-checks where the DOM belongs, so the failure above is the library's absence.
  it('the webview page’s own tsconfig accepts the same code', () => {
    assert.deepStrictEqual(diagnosticsOf(WEBVIEW, path.join(WEBVIEW, 'domProbe.ts'), PROBE), []);
  });

  // A file in neither program would go unchecked by tsc; a file in both would check the page against Node's types.
  it('every TypeScript file under src/ and test/ is checked by exactly one of the two', () => {
    const hostFiles = new Set(parsedConfig(root).fileNames.map((f) => path.resolve(f)));
    const pageFiles = new Set(parsedConfig(WEBVIEW).fileNames.map((f) => path.resolve(f)));
    assert.ok(pageFiles.has(path.join(WEBVIEW, 'main.ts')), 'the webview tsconfig does not check main.ts');
    for (const top of ['src', 'test']) {
      for (const rel of fs.readdirSync(path.join(root, top), { recursive: true }) as string[]) {
        if (!rel.endsWith('.ts') || rel.endsWith('.d.ts')) continue;
        const file = path.join(root, top, rel);
        const inPage = file.startsWith(WEBVIEW + path.sep);
        assert.strictEqual(hostFiles.has(file), !inPage, `${top}/${rel} ${inPage ? 'is' : 'is not'} in the root tsconfig`);
        assert.strictEqual(pageFiles.has(file), inPage, `${top}/${rel} ${inPage ? 'is not' : 'is'} in the webview tsconfig`);
      }
    }
  });
});
