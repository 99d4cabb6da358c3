/**
 * Answers the extension's prompts in order, at its prompts boundary, for steps a
 * test cannot type into: each input answer is checked with the prompt's own
 * validateInput, so a value the user could not enter fails the test.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ClientHealthApi } from '../../../src/extension';

/** Accept what the prompt proposes (the input's value, or the first item). */
export const DEFAULT = Symbol('default');
/** Press Escape. */
export const ESCAPE = Symbol('escape');

/**
 * Text typed into an input box; a label (or the start of one) picked in a quick pick. In a multiple choice, the
 * labels (or their starts) to tick, one a line ('' ticks none); DEFAULT keeps the items ticked beforehand.
 */
export type Answer = string | typeof DEFAULT | typeof ESCAPE | { readonly rejected: string; readonly then: Answer };

export interface Asked {
  readonly kind: 'pick' | 'pickMany' | 'input' | 'notify' | 'confirm' | 'save' | 'open';
  /** A modal question's detail, under its message. */
  readonly detail?: string;
  readonly title?: string;
  readonly text?: string;
  readonly value?: string;
  readonly labels?: string[];
  /** The descriptions of a quick pick's items, in order. */
  readonly descriptions?: (string | undefined)[];
  /** The details of a quick pick's items (the line under each), in order. */
  readonly details?: (string | undefined)[];
  /** What an input box said under each rejected answer. */
  readonly refusals?: string[];
  /** What an input box said under the accepted answer before Enter (an information, not a refusal). */
  readonly shown?: string;
}

type Validation = string | vscode.InputBoxValidationMessage | undefined | null;

/** A validation message refuses the text unless it is only an information or a warning, as in VS Code's input box. */
const refusal = (validation: Validation) =>
  typeof validation === 'string' ? validation || undefined : validation?.severity === vscode.InputBoxValidationSeverity.Error ? validation.message : undefined;

export function answerPrompts(api: ClientHealthApi, answers: readonly Answer[]): { asked: Asked[]; done(): void } {
  const queue = [...answers];
  const asked: Asked[] = [];
  const next = (what: string): Answer => {
    assert.ok(queue.length > 0, `no answer left for ${what}`);
    return queue.shift()!;
  };
  const registration = api.prompts.script({
    async pick(items, options) {
      const list = [...items];
      asked.push({ kind: 'pick', title: options.title, text: options.placeHolder, labels: list.map((i) => i.label), descriptions: list.map((i) => i.description), details: list.map((i) => i.detail) });
      const answer = next(`the pick "${options.placeHolder}"`);
      if (answer === ESCAPE) {
        return undefined;
      }
      if (answer === DEFAULT) {
        return list[0];
      }
      assert.strictEqual(typeof answer, 'string');
      const found = list.find((i) => i.label === answer) ?? list.find((i) => i.label.startsWith(answer as string));
      assert.ok(found, `"${answer as string}" is not among ${JSON.stringify(list.map((i) => i.label))}`);
      return found;
    },
    async pickMany(items, options) {
      const list = [...items];
      asked.push({ kind: 'pickMany', title: options.title, text: options.placeHolder, labels: list.map((i) => i.label), descriptions: list.map((i) => i.description) });
      const answer = next(`the multiple choice "${options.placeHolder}"`);
      if (answer === ESCAPE) {
        return undefined;
      }
      if (answer === DEFAULT) {
        return list.filter((i) => i.picked);
      }
      assert.strictEqual(typeof answer, 'string');
      return (answer as string)
        .split('\n')
        .filter((label) => label !== '')
        .map((label) => {
          const found = list.find((i) => i.label === label) ?? list.find((i) => i.label.startsWith(label));
          assert.ok(found, `"${label}" is not among ${JSON.stringify(list.map((i) => i.label))}`);
          return found;
        });
    },
    async notify(message, ...actions) {
      asked.push({ kind: 'notify', text: message, labels: actions });
      const answer = next(`the notification "${message}"`);
      if (answer === ESCAPE || answer === DEFAULT) {
        return undefined;
      }
      assert.ok(typeof answer === 'string' && actions.includes(answer), `"${typeof answer === 'object' ? JSON.stringify(answer) : String(answer)}" is not among ${JSON.stringify(actions)}`);
      return answer;
    },
    async confirm(message, detail, ...actions) {
      asked.push({ kind: 'confirm', text: message, detail, labels: actions });
      const answer = next(`the modal question "${message}"`);
      if (answer === ESCAPE) {
        return undefined; // Cancel
      }
      if (answer === DEFAULT) {
        return actions[0];
      }
      assert.ok(typeof answer === 'string' && actions.includes(answer), `"${typeof answer === 'object' ? JSON.stringify(answer) : String(answer)}" is not among ${JSON.stringify(actions)}`);
      return answer;
    },
    async saveAs(options) {
      asked.push({ kind: 'save', value: options.defaultUri?.fsPath });
      const answer = next('the save dialog');
      return answer === ESCAPE || answer === DEFAULT || typeof answer !== 'string' ? undefined : vscode.Uri.file(answer);
    },
    async open(options) {
      asked.push({ kind: 'open', title: options.title });
      const answer = next('the open dialog');
      return answer === ESCAPE || answer === DEFAULT || typeof answer !== 'string' ? undefined : answer.split('\n').map((path) => vscode.Uri.file(path));
    },
    async input(options) {
      const refusals: string[] = [];
      const step: { -readonly [K in keyof Asked]: Asked[K] } = { kind: 'input', title: options.title, text: options.prompt, value: options.value, refusals };
      asked.push(step);
      let answer = next(`the input "${options.prompt}"`);
      while (typeof answer === 'object') {
        const problem = refusal(await options.validateInput?.(answer.rejected));
        assert.ok(problem, `"${answer.rejected}" should be refused by "${options.prompt}"`);
        refusals.push(problem);
        answer = answer.then;
      }
      if (answer === ESCAPE) {
        return undefined;
      }
      const text = answer === DEFAULT ? (options.value ?? '') : answer;
      const validation = await options.validateInput?.(text);
      assert.ok(!refusal(validation), `"${text}" was refused by "${options.prompt}": ${JSON.stringify(validation)}`);
      step.shown = typeof validation === 'object' && validation ? validation.message : undefined;
      return text;
    },
  });
  return {
    asked,
    done() {
      registration.dispose();
      assert.deepStrictEqual(queue, [], 'every scripted answer was asked for');
    },
  };
}

export async function withAnswers<T>(api: ClientHealthApi, answers: readonly Answer[], run: () => Thenable<T>): Promise<{ result: T; asked: Asked[] }> {
  const script = answerPrompts(api, answers);
  try {
    const result = await run();
    return { result, asked: script.asked };
  } finally {
    script.done();
  }
}

export const execute = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);

/**
 * Every question of the prompts module answered at once with Escape, for as long as the disposable lives: for a
 * run of every command that only cares what each does before its first question. A modal question (confirm) cannot
 * be dismissed by a workbench command, so without this a command that asks one would wait for ever.
 */
export function cancelEveryPrompt(api: ClientHealthApi): vscode.Disposable {
  const cancel = async () => undefined;
  return api.prompts.script({ pick: cancel, pickMany: cancel, input: cancel, notify: cancel, confirm: cancel, saveAs: cancel, open: cancel });
}
