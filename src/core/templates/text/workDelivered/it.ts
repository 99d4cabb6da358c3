/** The "work delivered" appendix in Italian, formal Lei (see ../workDelivered.ts). */
import type { WorkDeliveredTexts } from '../workDelivered';
import { itDay, itOf } from '../typography';

export const it: WorkDeliveredTexts = {
  heading: 'Allegato: lavoro consegnato',
  statementIntro: (from, to) =>
    `Per Sua informazione, le modifiche apportate al repository del progetto tra ${itDay(from)} e ${itDay(to)}, ciascuna con il proprio identificativo breve e il proprio titolo:`,
  changeOrderIntro: 'Per Sua informazione, le modifiche apportate al repository del progetto nei giorni intorno a ciascuna richiesta, ciascuna con il proprio identificativo breve e il proprio titolo:',
  request: (summary, day) => `${summary} (richiesta ${itOf(day)})`,
  more: (count, text) => (count === 1 ? 'e una modifica precedente.' : `e altre ${text} modifiche precedenti.`),
};
