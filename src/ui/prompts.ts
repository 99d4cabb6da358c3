/**
 * The one boundary between the commands and vscode.window's prompts. Commands
 * ask through `prompts`; the integration suite scripts answers here (through
 * the test API, ExtensionMode.Test only) for free-text steps that a test cannot
 * type into a real input box, while every other part of the command runs for real.
 */
import * as vscode from 'vscode';

export interface Prompter {
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  /** A quick pick with check boxes: the items ticked (maybe none), or undefined when dismissed. Optional for scripts that never need it. */
  pickMany?<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T[] | undefined>;
  input(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** A notification with action buttons; the chosen action, or undefined when dismissed. */
  notify(message: string, ...actions: string[]): Thenable<string | undefined>;
  /**
   * A modal warning that stops the command until answered: the chosen action, or undefined for Cancel (VS Code adds
   * it) and Escape. Optional for scripts that never need it.
   */
  confirm?(message: string, detail: string | undefined, ...actions: string[]): Thenable<string | undefined>;
  /** Where to save a file; undefined when cancelled. */
  saveAs(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined>;
  /** Files or folders to open; undefined when cancelled. */
  open(options: vscode.OpenDialogOptions): Thenable<vscode.Uri[] | undefined>;
}

const windowPrompter: Prompter = {
  // A choice stays open when focus moves to another window or editor, as text steps do: the user
  // often looks something up (an email, the calendar) before answering.
  pick: (items, options) => vscode.window.showQuickPick(items, { ignoreFocusOut: true, ...options }),
  pickMany: (items, options) => vscode.window.showQuickPick(items, { ignoreFocusOut: true, ...options, canPickMany: true }),
  input: (options) => vscode.window.showInputBox(options),
  notify: (message, ...actions) => vscode.window.showInformationMessage(message, ...actions),
  confirm: (message, detail, ...actions) => vscode.window.showWarningMessage(message, { modal: true, detail }, ...actions),
  saveAs: (options) => vscode.window.showSaveDialog(options),
  open: (options) => vscode.window.showOpenDialog(options),
};

export class Prompts implements Prompter {
  private scripted: Prompter | undefined;
  private scriptable = false;

  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined> {
    return (this.scripted ?? windowPrompter).pick(items, options);
  }

  pickMany<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T[] | undefined> {
    const prompter = this.scripted ?? windowPrompter;
    if (!prompter.pickMany) {
      // A script that did not expect a multiple choice must fail, not leave a real one open in the test's window.
      return Promise.reject(new Error('The scripted answers have no multiple choice.'));
    }
    return prompter.pickMany(items, options);
  }

  input(options: vscode.InputBoxOptions): Thenable<string | undefined> {
    return (this.scripted ?? windowPrompter).input(options);
  }

  notify(message: string, ...actions: string[]): Thenable<string | undefined> {
    return (this.scripted ?? windowPrompter).notify(message, ...actions);
  }

  confirm(message: string, detail: string | undefined, ...actions: string[]): Thenable<string | undefined> {
    const prompter = this.scripted ?? windowPrompter;
    if (!prompter.confirm) {
      // As for pickMany: a script that did not expect the question must fail, not leave a modal open in the test's window.
      return Promise.reject(new Error('The scripted answers have no modal question.'));
    }
    return prompter.confirm(message, detail, ...actions);
  }

  saveAs(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined> {
    return (this.scripted ?? windowPrompter).saveAs(options);
  }

  open(options: vscode.OpenDialogOptions): Thenable<vscode.Uri[] | undefined> {
    return (this.scripted ?? windowPrompter).open(options);
  }

  /** Called by the composition root in ExtensionMode.Test only; until then `script` refuses. */
  allowScripting(): void {
    this.scriptable = true;
  }

  /** Answers every prompt with `prompter` until the returned disposable is disposed (the integration tests). */
  script(prompter: Prompter): vscode.Disposable {
    if (!this.scriptable) {
      throw new Error('Scripted answers are for the integration tests (ExtensionMode.Test) only.');
    }
    this.scripted = prompter;
    return new vscode.Disposable(() => {
      if (this.scripted === prompter) {
        this.scripted = undefined;
      }
    });
  }
}

export const prompts = new Prompts();
