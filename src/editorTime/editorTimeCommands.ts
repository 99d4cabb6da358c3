/** Turn On Editor Time (the walkthrough's button) and Clear Editor Time. */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { Prompts } from '../ui/prompts';
import { EditorTime } from './editorTime';

export function registerEditorTimeCommands(editorTime: EditorTime, prompts: Prompts): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.turnOnEditorTime, async () => {
      // For every workspace: it counts only in folders with a client file, and the user asked for it once.
      await vscode.workspace.getConfiguration('clientHealth').update('tracking.enabled', true, vscode.ConfigurationTarget.Global);
      editorTime.sync();
      prompts.notify(
        vscode.l10n.t(
          'Editor time is on: your active minutes in folders with a client file are counted per day and kept on this machine only. Log Hours from Git and Editor Time offers those days; Clear Editor Time forgets them.',
        ),
      );
    }),
    vscode.commands.registerCommand(Commands.clearEditorTime, async () => {
      const clear = vscode.l10n.t('Clear');
      const answer = await prompts.notify(vscode.l10n.t('Forget the editor time counted in this workspace? Hours already logged in the client file stay.'), clear);
      if (answer !== clear) {
        return false;
      }
      await editorTime.clear();
      prompts.notify(vscode.l10n.t('The editor time of this workspace is cleared.'));
      return true;
    }),
  ];
}
