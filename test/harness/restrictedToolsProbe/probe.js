// Runs as the "tests" of the Client Health window that restrictedModeCheck.mjs
// opens on a folder the user has not trusted: the chat tools called through
// vscode.lm.invokeTool, as another extension or a chat agent calls them, in a
// workspace that is really untrusted (not a stand-in for trust). The answers and
// the client file after the write attempt go to the file the harness names.
const { readFileSync, writeFileSync } = require('node:fs');
const vscode = require('vscode');

const text = (result) => result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');

/** A tool's answer, or what it threw: the probe reports either, the harness judges. */
async function invoke(name, input) {
  try {
    return text(await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined }));
  } catch (error) {
    return `THREW: ${error instanceof Error ? error.message : String(error)}`;
  }
}

exports.run = async function run() {
  const extension = vscode.extensions.getExtension('client-health.client-health');
  await extension?.activate();
  const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, '.freelance', 'clients.json').fsPath;
  const before = readFileSync(file, 'utf8');
  // The chat tools register on activation, which ends before the tools are listed: wait for them a little.
  for (let i = 0; i < 50 && !vscode.lm.tools.some((t) => t.name === 'clientHealth_clients'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const clients = await invoke('clientHealth_clients', {});
  const client = await invoke('clientHealth_client', { clientId: 'leaky' });
  const record = await invoke('clientHealth_record', { kind: 'hours', clientId: 'leaky', date: new Date().toISOString().slice(0, 10), hours: 1 });
  writeFileSync(
    process.env.CLIENT_HEALTH_RESTRICTED_TOOLS_PROBE,
    JSON.stringify({ trusted: vscode.workspace.isTrusted, tools: vscode.lm.tools.map((t) => t.name).filter((n) => n.startsWith('clientHealth_')), clients, client, record, fileUnchanged: readFileSync(file, 'utf8') === before }),
  );
};
