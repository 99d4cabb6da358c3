// How long a user waits after typing in the client file: from the last
// keystroke to the tree and the Problems panel showing the result, measured in
// the real workbench. Printed and saved, never asserted (see firstLookTimings.mjs).
// The page's moments come from a key listener and a MutationObserver in the
// page (its own clock); the extension's from its marks (src/startupMarks.ts):
// when the text change reached it, when the debounced re-check started and when
// its result was published.
import { extensionMarks } from './firstLookTimings.mjs';

const NAME = 'Northwind Logistics';
const ROUNDS = 3;

/** Types into the open workbench's client file ROUNDS times, undoing each; returns the figures of each round. */
export async function measureEditLatency(page, userDataDir) {
  // Quick Open the client file, find the client's name, put the cursor before its closing quote.
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: 30_000 });
  await input.fill('.freelance/clients.json');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'clients.json' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+Shift+M'); // the Problems panel, to watch its rows
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type(`"name": "${NAME}"`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const typed = `${NAME} ${round}`;
    await page.evaluate((text) => {
      const marks = { keys: [] };
      window.__clientHealthEdit = marks;
      const onKey = () => marks.keys.push(performance.now());
      window.addEventListener('keydown', onKey, true);
      const observer = new MutationObserver(() => {
        const rows = (selector) => Array.from(document.querySelectorAll(selector), (r) => r.textContent ?? '');
        if (marks.tree === undefined && rows('.part.sidebar .monaco-list-row').some((t) => t.includes(text))) marks.tree = performance.now();
        if (marks.problems === undefined && rows('.part.panel .monaco-list-row').some((t) => t.includes(`${text}:`))) marks.problems = performance.now();
        if (marks.tree !== undefined && marks.problems !== undefined) {
          observer.disconnect();
          window.removeEventListener('keydown', onKey, true);
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }, typed);
    await page.keyboard.type(` ${round}`, { delay: 60 });
    await page.locator('.part.sidebar .monaco-list-row', { hasText: typed }).first().waitFor({ timeout: 30_000 });
    await page.locator('.part.panel .monaco-list-row', { hasText: `${typed}:` }).first().waitFor({ timeout: 10_000 }).catch(() => {});
    const marks = await page.evaluate(() => window.__clientHealthEdit);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const lastKey = marks.keys[marks.keys.length - 1];
    const host = extensionMarks(userDataDir, timeOrigin).all.filter((m) => m.at >= lastKey - 1000);
    const after = (name, from) => host.find((m) => m.name === name && m.at >= from)?.at;
    const typedAt = host.filter((m) => m.name === 'typed').pop()?.at;
    const check = typedAt === undefined ? undefined : after('check', typedAt);
    const published = check === undefined ? undefined : after('published', check);
    const r = (v) => (v === undefined ? undefined : Math.round(v));
    rounds.push({
      lastKeyToTreeMs: r(marks.tree - lastKey),
      lastKeyToProblemsMs: marks.problems === undefined ? undefined : r(marks.problems - lastKey),
      lastKeyToHostMs: r(typedAt - lastKey),
      debounceMs: r(check - typedAt),
      recheckInHostMs: r(published - check),
    });
    // Back to the demo's text, and wait for the tree to say so, before the next round.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
    await page.waitForFunction((t) => !Array.from(document.querySelectorAll('.part.sidebar .monaco-list-row')).some((row) => (row.textContent ?? '').includes(t)), typed, { timeout: 30_000 });
  }
  await page.keyboard.press('Control+J'); // the panel away again, out of the later screenshots
  return rounds;
}

/** Prints each round (never a failure) and returns them for timings.json. */
export function reportEditLatency(label, rounds) {
  const fmt = (v) => (v === undefined || Number.isNaN(v) ? '?' : `${v} ms`);
  rounds.forEach((r, i) =>
    console.log(`  [ui] ${label}: edit ${i + 1}: last keystroke → tree ${fmt(r.lastKeyToTreeMs)}, → Problems ${fmt(r.lastKeyToProblemsMs)} (budget 300 ms); in the extension host: change arrives ${fmt(r.lastKeyToHostMs)} after the key, debounce ${fmt(r.debounceMs)}, re-check ${fmt(r.recheckInHostMs)}`),
  );
}
