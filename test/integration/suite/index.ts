/**
 * The integration suite's entry, as @vscode/test-electron expects: `run()` is
 * called inside the extension host of a real VS Code (desktop, or code-server
 * in a browser). It writes a results file when the launcher asks for one,
 * since a browser workbench only reports the exit code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'skipped';
  readonly error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.CLIENT_HEALTH_TEST_GREP;
  if (grep) {
    mocha.grep(new RegExp(grep));
  }
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) {
      mocha.addFile(path.join(__dirname, file));
    }
  }
  const outcomes: Outcome[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const resultsFile = process.env.CLIENT_HEALTH_TEST_RESULTS;
      if (resultsFile) {
        fs.writeFileSync(resultsFile, JSON.stringify({ passed: outcomes.filter((o) => o.state === 'passed').length, failed: failures, skipped: outcomes.filter((o) => o.state === 'skipped').length, outcomes }, null, 2));
      }
      if (failures > 0) {
        reject(new Error(`${failures} integration test(s) failed`));
      } else if (!outcomes.some((o) => o.state === 'passed')) {
        reject(new Error('no integration test ran'));
      } else {
        resolve();
      }
    });
    runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed' }));
    // A skipped test (this.skip(), e.g. when permissions cannot be tested as root) is listed, not silently dropped.
    runner.on('pending', (test) => outcomes.push({ title: test.fullTitle(), state: 'skipped' }));
    runner.on('fail', (test, error: Error) => outcomes.push({ title: test.fullTitle(), state: 'failed', error: String(error?.stack ?? error) }));
  });
}
