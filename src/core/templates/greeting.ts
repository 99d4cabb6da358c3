/** The greeting of a draft to a client of the file (see text/greeting.ts for the words). */
import { Client } from '../schema';
import { DraftLanguage } from './locale';
import { escapeMarkdown } from './markdown';
import { Addressee, GREETINGS } from './text/greeting';

/** Client text for a Markdown block: on one line, trimmed and escaped; undefined when blank. */
const escaped = (text: string | undefined): string | undefined => {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line ? escapeMarkdown(line) : undefined;
};

/** What the greeting needs to know of a client of the file. */
export function addresseeOf(client: Client): Addressee {
  return { salutation: escaped(client.contact?.salutation) };
}

export const greeting = (language: DraftLanguage, to: Addressee): string => GREETINGS[language](to);
