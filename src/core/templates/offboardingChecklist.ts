/**
 * The offboarding checklist: a Markdown task list from the call to the
 * archive, with what the client file already shows as done ticked:
 * - the call and the termination email, once the client's status is `ending` or `ended`;
 * - the agreement, the final invoice, the statement and the archive, once it is `ended`;
 * - the final payment, when nothing is owed;
 * - each deliverable marked done.
 */
import { DayNumber } from '../dates';
import { Block, Draft, heading, paragraph, tasks } from './document';
import { DraftInput } from './input';
import { formatterFor } from './locale';
import { CHECKLIST_TEXTS } from './text/checklist';
import { ExitOptions, exitFacts } from './exitFacts';
import { count, draftDate, safe, TerminationReason } from './terminationEmail';
import { typesetDraft } from './typeset';
import { plainLine } from './money/shared';

export interface ChecklistOptions extends ExitOptions {
  /** Abuse ends today; any other reason uses the notice period. Default noLongerFit. */
  readonly reason?: TerminationReason;
}

export function offboardingChecklist(input: DraftInput, options: ChecklistOptions = {}): Draft {
  const x = exitFacts(input, options.reason ?? 'noLongerFit', options);
  const t = CHECKLIST_TEXTS[input.language];
  const fmt = formatterFor(input.language);
  const date = (day: DayNumber) => draftDate(fmt, day);
  const client = safe(x.client.name);
  const contactName = x.client.contact?.name?.trim();
  const status = x.client.status ?? 'active';
  const told = status === 'ending' || status === 'ended';
  const ended = status === 'ended';

  const blocks: Block[] = [
    heading(1, t.heading(client)),
    paragraph(t.intro(date(x.lastDay))),
    heading(2, t.talkHeading),
    tasks([
      ...(x.noticeLaw === 'FR' && !x.immediate && x.relationshipStart !== undefined && x.noticeDays < x.suggestedNoticeDays
        ? [{ text: t.shortNotice(count(fmt, x.noticeDays), count(fmt, x.suggestedNoticeDays), date(x.relationshipStart)), done: told }]
        : []),
      { text: t.call(contactName ? safe(contactName) : t.someone), done: told },
      { text: t.email, done: told },
      { text: t.agreement, done: ended },
    ]),
    heading(2, t.moneyHeading),
    tasks([
      { text: t.finalInvoice(date(x.lastDay)), done: ended },
      { text: t.statement, done: ended },
      x.owed > 0
        ? { text: t.collect(fmt.money(x.owed, x.currency), x.openInvoices.map((i) => safe(i.number)).join(', ')), done: false }
        : { text: t.nothingOwed, done: true },
      ...(x.refund ? [{ text: t.refund(date(x.handoverBy)), done: false }] : []),
    ]),
  ];

  const work = [
    ...x.delivered.map((d) => ({ text: t.deliver(safe(d.name), d.due === undefined ? undefined : date(d.due)), done: true })),
    ...x.toFinish.map((d) => ({ text: t.deliver(safe(d.name), date(d.due ?? x.lastDay)), done: false })),
    ...x.unfinished.map((d) => ({ text: t.handAsIs(safe(d.name)), done: false })),
  ];
  if (work.length > 0) {
    blocks.push(heading(2, t.workHeading), tasks(work));
  }

  blocks.push(
    heading(2, t.handoverHeading),
    tasks([t.repositories, t.credentials, t.domains, t.hosting, t.designFiles, t.accounts]),
    heading(2, t.closeHeading),
    tasks([
      ...(x.immediate ? [] : [x.referrals.length > 0 ? t.recommend(x.referrals.map((r) => safe(r.name)).join(', ')) : t.findReferrals]),
      t.removeAccess,
      { text: t.archive, done: ended },
      t.quiet,
      t.selfCare,
    ]),
  );

  return typesetDraft({ kind: 'offboardingChecklist', language: input.language, title: t.title(plainLine(x.client.name)), blocks });
}
