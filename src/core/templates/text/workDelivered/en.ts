/** The "work delivered" appendix in English (see ../workDelivered.ts). */
import type { WorkDeliveredTexts } from '../workDelivered';

export const en: WorkDeliveredTexts = {
  heading: 'Appendix: work delivered',
  statementIntro: (from, to) => `For reference, the changes made to the project's repository from ${from} to ${to}, each by its short identifier and title:`,
  changeOrderIntro: "For reference, the changes made to the project's repository in the days around each request, each by its short identifier and title:",
  request: (summary, day) => `${summary} (requested on ${day})`,
  more: (count, text) => (count === 1 ? 'and 1 earlier change.' : `and ${text} earlier changes.`),
};
