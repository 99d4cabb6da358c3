/** The greeting of a draft to a client of the file (see text/greeting.ts for the words). */
import { Client } from '../schema';
import { DraftLanguage } from './locale';
import { escapeLine } from './markdown';
import { Addressee, GREETINGS } from './text/greeting';

/** What the greeting needs to know of a client of the file: a blank salutation is none. */
export function addresseeOf(client: Client): Addressee {
  const salutation = client.contact?.salutation?.trim();
  return { salutation: salutation ? escapeLine(salutation) : undefined };
}

export const greeting = (language: DraftLanguage, to: Addressee): string => GREETINGS[language](to);
