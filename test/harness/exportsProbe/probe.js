// Runs as the "tests" of a second extension, in the extension host where the
// installed .vsix runs in Production mode: what can another extension get
// from Client Health? The answer goes to the file the harness names.
const { writeFileSync } = require('node:fs');
const vscode = require('vscode');

exports.run = async function run() {
  const extension = vscode.extensions.getExtension('client-health.client-health');
  const exports = extension ? await extension.activate() : undefined;
  const commandResult = extension ? await vscode.commands.executeCommand('clientHealth.openDashboard', { kind: 'clientRef', folder: vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? '', clientId: 'atelier-lumen' }) : undefined;
  writeFileSync(
    process.env.CLIENT_HEALTH_EXPORTS_PROBE,
    JSON.stringify({
      found: extension !== undefined,
      active: extension?.isActive ?? false,
      exportsType: exports === null ? 'null' : typeof exports,
      keys: exports && typeof exports === 'object' ? Object.keys(exports) : [],
      openDashboardReturns: commandResult === null ? 'null' : typeof commandResult,
    }),
  );
};
