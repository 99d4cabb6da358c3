/**
 * The Italian interface in one register, as VS Code's own Italian interface: commands and buttons
 * name the action (Apri, Registra), and every message, prompt and description addresses the user
 * impersonally, in the infinitive (Immettere un nome, Eseguire di nuovo il comando), never with
 * Lei (Inserisca) nor tu (Esegui di nuovo il comando.). Drafts to clients keep the formal Lei;
 * these are the user's own screens. And since the Italian article before a number depends on the
 * number (l'80%, il 20%, l'8 dic, il 18 dic), no string writes an article before a placeholder.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const read = (relative: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8')) as Record<string, string>;
const strings = { ...read('l10n/bundle.l10n.it.json'), ...Object.fromEntries(Object.entries(read('package.nls.it.json')).map(([k, v]) => [`package.nls: ${k}`, v])) };

/** Quoted text (a command, a key, an example) is not the message's own words. */
const unquoted = (text: string) => text.replace(/"[^"]*"|«[^»]*»|\[[^\]]*\]/g, '""');

function offenders(pattern: RegExp, text: (value: string) => string = unquoted): string[] {
  return Object.entries(strings)
    .filter(([, value]) => pattern.test(text(value)))
    .map(([key, value]) => `${key} -> ${value}`);
}

describe('the Italian interface', () => {
  it('never addresses the user with Lei', () => {
    // Le, La, Sua... capitalised inside a sentence, or a verb in the Lei imperative.
    const lei = /[\p{L},;:] (?:Lei|Le|La|Lo|Sua|Suo|Sue|Suoi)\b|^(?:Inserisca|Descriva|Usi|Esegua|Immetta|Scelga|Selezioni|Registri|Prevenga|Veda|Prepari)\b|\b(?:esegua|(?<!si )intendeva|chiude)\b/u;
    assert.deepEqual(offenders(lei), []);
  });

  it('never addresses the user with tu in a message', () => {
    // A sentence that starts with an imperative is an instruction in a message (commands and buttons
    // have no full stop); and the verbs and possessives of tu.
    const tu = /(?:^|[.!?:;]\s)(?:esegui|crea|aggiungi|apri|salva|registra|inserisci|immetti|usa|correggi|scegli|seleziona|riprova|controlla|verifica|tieni)\b[^.!?]*[.!?]|\b(?:hai|sei|vuoi|puoi|devi|rispondevi|tuo|tua|tuoi|tue|registralo|tienilo)\b/iu;
    assert.deepEqual(offenders(tu), []);
  });

  it('writes no article before a placeholder (a number, a percentage or a date)', () => {
    const article = /(?:^|[\s(«"])(?:il|lo|del|dello|al|allo|dal|dallo|nel|sul|l'|dell'|all'|dall'|nell'|sull')\s?\{\d+\}/iu;
    assert.deepEqual(
      offenders(article, (v) => v),
      [],
    );
  });

  it('asks for the Enter key as VS Code does, and writes e-mail one way', () => {
    assert.deepEqual(offenders(/\bInvio\b/u), []);
    assert.deepEqual(offenders(/\bemail\b/iu), []);
  });
});
