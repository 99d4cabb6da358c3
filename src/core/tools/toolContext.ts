/**
 * What the chat tools read: the client files the surface knows (the workspace's
 * in VS Code, the files named on the command line for MCP), evaluated, each
 * with a way to point at the line of an entry. One implementation of each tool
 * serves both surfaces.
 */
import { DayNumber } from '../dates';
import { Rules } from '../health/rules';
import { ClientHealth, EntryPath } from '../health/types';
import type { RateEntry } from '../law';
import { formatMoney } from '../money';
import { ClientFile } from '../schema';
import type { ClientSummary } from '../portfolio/summary';
import type { FolderState } from '../portfolio/indexFile';

export interface ToolSource {
  /** The folder's name, as the input's `folder` names it. */
  readonly folder: string;
  /** The client file as a person finds it ("health/.freelance/clients.json"), for evidence lines. */
  readonly label: string;
  readonly file: ClientFile;
  readonly health: readonly ClientHealth[];
  /** The 1-based line of an entry, where known. */
  readonly lineOf: (path: EntryPath) => number | undefined;
  /** The file has a problem now and this is its last valid version. */
  readonly lastValid?: boolean;
  /** This file's folder's thresholds and reference rates, where each folder has its own settings (VS Code); else the context's. */
  readonly rules?: Rules;
  readonly referenceRates?: () => readonly RateEntry[];
}

/** A folder of the portfolio not open here: its clients as the index summarised them when the file was last read. */
export interface OtherFolder {
  /** The folder's name, as the input's `folder` names it (never its path: the model needs no more). */
  readonly folder: string;
  readonly state: FolderState;
  readonly clients: readonly ClientSummary[];
}

export interface ToolContext {
  readonly sources: readonly ToolSource[];
  /** The portfolio's other folders, where the surface has a portfolio (VS Code with clientHealth.portfolio.enabled). */
  readonly others?: readonly OtherFolder[];
  readonly today: DayNumber;
  readonly rules: Rules;
  /** The reference rates the drafts' statutory figures use (shipped and the setting's); asked for only when drafting. Absent: the shipped ones. */
  readonly referenceRates?: () => readonly RateEntry[];
}

export interface FoundClient {
  readonly source: ToolSource;
  readonly index: number;
  readonly health: ClientHealth | undefined;
}

/** A tool's answer: text a model can quote, or a plain-words error it can correct its input from. */
export type ToolOutcome = { readonly text: string; readonly error?: undefined } | { readonly error: string; readonly text?: undefined };

/** The client named by id (and folder, when ids repeat across folders), or why there is none. */
export function findClient(context: ToolContext, clientId: string, folder?: string): FoundClient | { readonly error: string } {
  const sources = folder === undefined ? context.sources : context.sources.filter((s) => s.folder === folder);
  if (folder !== undefined && sources.length === 0) {
    return { error: `No folder named "${folder}". Folders: ${context.sources.map((s) => s.folder).join(', ') || 'none'}.` };
  }
  const found = sources.flatMap((source) => source.file.clients.flatMap((c, index) => (c.id === clientId ? [{ source, index }] : [])));
  if (found.length === 1) {
    const [{ source, index }] = found;
    return { source, index, health: source.health.find((h) => h.index === index) };
  }
  if (found.length > 1) {
    return { error: `Client id "${clientId}" is in several folders (${found.map((f) => f.source.folder).join(', ')}): give "folder".` };
  }
  const elsewhere = (context.others ?? []).filter((o) => (folder === undefined || o.folder === folder) && o.clients.some((c) => c.id === clientId));
  if (elsewhere.length > 0) {
    return {
      error: `Client id "${clientId}" is in another repository (folder ${elsewhere.map((o) => o.folder).join(', ')}), not open in this window: clientHealth_clients gives its summary; its details, drafts and records need that folder open in VS Code.`,
    };
  }
  const known = sources.flatMap((s) => s.file.clients.map((c) => c.id));
  return { error: `No client with id "${clientId}". Known ids: ${known.slice(0, 50).join(', ') || 'none'}.` };
}

export const moneyText = (minor: number, currency: string) => formatMoney(minor, currency, 'en');

/**
 * Folder names a tool can address each file by: two folders of the same name (two repositories called `app`)
 * get "app" and "app (2)", so a write named for one can never land in the other.
 */
export function distinctFolderNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let label = name;
    for (let n = 2; taken.has(label); n++) {
      label = `${name} (${n})`;
    }
    taken.add(label);
    return label;
  });
}
