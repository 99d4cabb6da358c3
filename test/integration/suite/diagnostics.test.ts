import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, clientFileUri, fileProblems, waitFor } from './helpers';

const ours = fileProblems;

describe('Diagnostics', () => {
  before(activateExtension);

  it('reports each problem of a broken file at the line of the offending value', async () => {
    const diagnostics = await waitFor('diagnostics', () => {
      const found = ours(clientFileUri('broken'));
      return found.length >= 5 ? found : undefined;
    });
    const byLine = diagnostics.map((d) => [d.range.start.line + 1, d.message] as const);
    const expectLine = (line: number, pattern: RegExp) =>
      assert.ok(byLine.some(([l, m]) => l === line && pattern.test(m)), `line ${line} ${pattern}: got ${JSON.stringify(byLine)}`);
    expectLine(9, /paymentTermsDays.*number.*"thirty"/);
    expectLine(11, /real calendar date.*2026-02-30/);
    expectLine(12, /amount.*negative/);
    expectLine(14, /kind.*one of.*shouting/);
    expectLine(16, /Duplicate client id "acme"/);
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('underlines exactly the offending value', async () => {
    const document = await vscode.workspace.openTextDocument(clientFileUri('broken'));
    const date = ours(clientFileUri('broken')).find((d) => d.range.start.line === 10)!;
    assert.strictEqual(document.getText(date.range), '"2026-02-30"');
  });

  it('reports a syntax error with a plain-language message', async () => {
    const diagnostics = await waitFor('syntax diagnostics', () => {
      const found = ours(clientFileUri('syntax'));
      return found.length ? found : undefined;
    });
    assert.strictEqual(diagnostics[0].range.start.line + 1, 6);
    assert.match(diagnostics[0].message, /Expected/);
  });

  it('reports nothing for a valid file', async () => {
    assert.deepStrictEqual(ours(clientFileUri('valid')), []);
  });
});
