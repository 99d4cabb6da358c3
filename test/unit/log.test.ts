import * as assert from 'node:assert';
import { describeError, withoutPaths } from '../../src/log';

describe('log: no paths in it', () => {
  it('writes absolute paths and file URIs as <path>, keeping the rest of the message', () => {
    const cases: [string, string][] = [
      ["EACCES: permission denied, open '/home/camille/acme-site/.freelance/clients.json'", "EACCES: permission denied, open '<path>'"],
      ["ENOENT: no such file or directory, open 'C:\\Users\\camille\\Acme Corp\\statement.csv'", "ENOENT: no such file or directory, open '<path>'"],
      ['EPERM: operation not permitted, rename C:/Users/camille/acme.json', 'EPERM: operation not permitted, rename <path>'],
      ['cannot write file:///home/camille/acme/statement.csv (busy)', 'cannot write <path> (busy)'],
      ['at offerCsv (/home/camille/.vscode/extensions/client-health/dist/extension.js:12:345)', 'at offerCsv (<path>:12:345)'],
      ['fatal: not a git repository: /srv/acme/.git', 'fatal: not a git repository: <path>'],
      ['\\\\server\\share\\acme\\clients.json is offline', '<path> is offline'],
      // Virtual and remote workspaces: the scheme's authority and path name the client just as well.
      ['cannot read vscode-vfs://github/acme-corp/site/.freelance/clients.json', 'cannot read <path>'],
      ["open 'vscode-remote://wsl+Ubuntu/home/u/Acme Corp/.freelance/clients.json'", "open '<path>'"],
    ];
    for (const [text, expected] of cases) {
      assert.strictEqual(withoutPaths(text), expected, text);
    }
  });

  it('leaves relative paths, fractions and words with slashes alone', () => {
    for (const text of ['.freelance/clients.json has problems', 'and/or 1/2', 'git rev-parse --git-path info/exclude']) {
      assert.strictEqual(withoutPaths(text), text);
    }
  });

  it('describes an error by its stack, without the paths in it', () => {
    const error = new Error("EACCES: permission denied, open '/home/camille/acme/clients.json'");
    const line = describeError(error);
    assert.match(line, /^Error: EACCES: permission denied, open '<path>'\n\s+at /);
    assert.doesNotMatch(line, /camille|acme/);
    assert.strictEqual(describeError('plain /tmp/acme'), 'plain <path>');
  });
});
