import * as assert from 'node:assert';
import * as fs from 'node:fs';
// The modules themselves (not namespace copies), so that a patch reaches every caller.
import http = require('node:http');
import https = require('node:https');
import net = require('node:net');
import * as path from 'node:path';
import tls = require('node:tls');
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, driveUntilSettled, folder, sleep } from './helpers';
import { cancelEveryPrompt } from './scriptedPrompts';

interface Call {
  readonly api: string;
  readonly stack: string;
}

type Patchable = Record<string, unknown>;

/** Wraps every way Node and the web platform open a connection, recording who called; calls go through unchanged. */
function recordNetwork(): { calls: Call[]; restore(): void } {
  const calls: Call[] = [];
  const restores: (() => void)[] = [];
  const wrap = (owner: Patchable, name: string, label: string) => {
    const original = owner[name] as (...args: unknown[]) => unknown;
    if (typeof original !== 'function') {
      return;
    }
    owner[name] = function (this: unknown, ...args: unknown[]) {
      calls.push({ api: label, stack: new Error().stack ?? '' });
      return original.apply(this, args);
    };
    restores.push(() => (owner[name] = original));
  };
  wrap(http, 'request', 'http.request');
  wrap(http, 'get', 'http.get');
  wrap(https, 'request', 'https.request');
  wrap(https, 'get', 'https.get');
  wrap(net, 'connect', 'net.connect');
  wrap(net, 'createConnection', 'net.createConnection');
  wrap(net.Socket.prototype as unknown as Patchable, 'connect', 'net.Socket#connect');
  wrap(tls, 'connect', 'tls.connect');
  wrap(globalThis, 'fetch', 'fetch');
  return { calls, restore: () => restores.reverse().forEach((r) => r()) };
}

describe('Privacy: the extension makes no network request', () => {
  it('records no connection from Client Health while every command, a refresh and a read run', async function () {
    // Every contributed command (over fifty), each given up to three seconds to reach its first question.
    this.timeout(240_000);
    const api = await activateExtension();
    const ours = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist');
    const recorder = recordNetwork();
    const cancelling = cancelEveryPrompt(api);
    try {
      // The recorder sees calls: this one comes from the test, not from the extension.
      await fetch('http://127.0.0.1:9/').catch(() => undefined);
      assert.ok(recorder.calls.some((c) => c.api === 'fetch' && c.stack.includes('network.test')), 'the recorder works');

      await api.stores.refreshAll();
      const manifest = JSON.parse(fs.readFileSync(path.join(ours, '..', 'package.json'), 'utf8'));
      const ref = { kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'late-payer' };
      // Git's own commands run git, which is not the network; everything else runs, and is cancelled at its first question
      // (the prompts module's at once, VS Code's own quick inputs by closing them).
      const skipped = new Set(['clientHealth.keepClientFileOutOfGit']);
      for (const { command } of manifest.contributes.commands as { command: string }[]) {
        if (skipped.has(command)) {
          continue;
        }
        const argument = command === 'clientHealth.createClientFile' ? folder('cancel') : ref;
        await driveUntilSettled(Promise.resolve(vscode.commands.executeCommand(command, argument)).catch(() => undefined), 'workbench.action.closeQuickOpen', 12);
      }
      await sleep(1000);
      const fromUs = recorder.calls.filter((c) => c.stack.includes(ours));
      assert.deepStrictEqual(fromUs.map((c) => `${c.api}\n${c.stack}`), []);
    } finally {
      cancelling.dispose();
      recorder.restore();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
