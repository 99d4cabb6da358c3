/**
 * clientHealth_draft: any draft the commands make, as Markdown text; writes
 * nothing. The templates module is passed in, so that the extension keeps the
 * drafts' text out of its first bundle (commands/drafting/templates.ts).
 * The contact (name, salutation, email), and the contact details of colleagues
 * the client may be referred to, are left out of the copy the draft is made
 * from unless the input asks for them: whatever a tool returns goes to the
 * model, and a draft without a contact opens with the language's neutral greeting.
 */
import type * as Templates from '../templates/index';
import type { DraftInput } from '../templates/input';
import type { ClientFile } from '../schema';
import { ToolContext, ToolOutcome, findClient } from './toolContext';
import { DraftToolInput } from './toolInputs';

export function draftTool(context: ToolContext, input: DraftToolInput, templates: typeof Templates, uiLanguage = 'en'): ToolOutcome {
  const found = findClient(context, input.clientId, input.folder);
  if ('error' in found) {
    return found;
  }
  const { source, index, health } = found;
  const rates = source.referenceRates ?? context.referenceRates;
  const file = input.includeContact ? source.file : withoutContact(source.file, index);
  const draftInput: DraftInput = {
    file,
    clientIndex: index,
    today: context.today,
    rules: source.rules ?? context.rules,
    language: input.language ?? templates.resolveDraftLanguage(source.file.freelancer.language, 'auto', uiLanguage),
    ...(source.file.freelancer.country === undefined || !rates ? {} : { rates: rates() }),
  };
  let draft;
  switch (input.kind) {
    case 'statement':
      draft = templates.draftStatement(draftInput);
      break;
    case 'reminder':
      draft = templates.draftPaymentReminder(draftInput, { step: input.step ?? templates.suggestReminderStep(draftInput) });
      break;
    case 'changeOrder':
      draft = templates.draftChangeOrder(draftInput);
      break;
    case 'terminationEmail': {
      const reason = input.reason ?? templates.suggestTerminationReason(health?.signals ?? [], file.clients[index]);
      draft = templates.terminationEmail(draftInput, reason);
      break;
    }
    case 'terminationAgreement':
      draft = templates.terminationAgreement(draftInput);
      break;
    case 'offboardingChecklist':
      draft = templates.offboardingChecklist(draftInput);
      break;
    case 'clause':
      if (input.clause === undefined) {
        return { error: `A clause draft needs "clause", one of: ${templates.CLAUSE_IDS.join(', ')}.` };
      }
      draft = templates.clause(input.clause, draftInput);
      break;
  }
  const header = source.lastValid ? 'Drafted from the last valid version of the client file (it has a problem now).\n\n' : '';
  const to = draft.to === undefined ? '' : `To: ${draft.to}\n`;
  const subject = draft.subject === undefined ? '' : `Subject: ${draft.subject}\n`;
  return { text: `${header}${to}${subject}${to || subject ? '\n' : ''}${templates.draftToMarkdown(draft)}` };
}

/**
 * The client without its contact, and the colleagues it may be referred to without their contact or the note
 * about them, which often holds a phone number (their names stay: the draft recommends them).
 */
function withoutContact(file: ClientFile, index: number): ClientFile {
  const { contact: _, ...client } = file.clients[index];
  const referrals = client.referrals?.map(({ contact: _contact, note: _note, ...referral }) => referral);
  const drafted = referrals ? { ...client, referrals } : client;
  return { ...file, clients: file.clients.map((c, i) => (i === index ? drafted : c)) };
}
