/** The change order in English (see ../changeOrder.ts). */
import type { ChangeOrderTexts } from '../changeOrder';

export const en: ChangeOrderTexts = {
  heading: 'Change order',
  title: (client) => `Change order – ${client}`,
  subject: (sections) =>
    sections === 'done'
      ? 'Change order: extra work completed'
      : sections === 'both'
        ? 'Change order: extra work completed, and further work for your approval'
        : 'Change order: extra work for your approval',
  scopeIntro: 'Our contract covers:',
  revisionsIncluded: (n, text) =>
    n === 0 ? 'The contract includes no revision rounds.' : n === 1 ? 'The contract includes one revision round.' : `The contract includes ${text} revision rounds.`,
  rateExtra: (rate) => `Work outside the contract is billed at the contract's rate for extra work, ${rate} an hour.`,
  rateHourly: (rate) => `Work outside the contract is billed at the contract's hourly rate of ${rate}, as it sets no separate rate for extra work.`,
  rateNone: 'The contract sets no rate for extra work.',

  doneHeading: 'Work already completed',
  doneIntro: (first, last) => `The following work, carried out at your request and outside the contract, was completed between ${first} and ${last}:`,
  doneIntroOneDay: (day) => `The following work, carried out at your request and outside the contract, was completed on ${day}:`,
  doneTotal: (total, hours) => `Total for the work completed: ${total} for ${hours}. I will include it in my next invoice.`,
  donePartial: (total, hours, missing, text) =>
    `Total for the work completed: ${total} for ${hours}, which I will include in my next invoice. ${
      missing === 1
        ? 'The item whose hours are still to be confirmed is not included: I will add it once its hours are confirmed.'
        : `The ${text} items whose hours are still to be confirmed are not included: I will add them once their hours are confirmed.`
    }`,
  doneNoHours: 'The hours of this work are still to be confirmed: I will send you the amount before invoicing it.',
  doneNoRate: 'I will send you a price for this work before invoicing it.',

  futureHeading: 'Work awaiting your approval',
  futureIntro: (afterDone) =>
    `The following requests ${afterDone ? 'also go' : 'go'} beyond the contract. No work will start on them without your written approval:`,
  futureTotal: (total, hours) => `Total for this work: ${total} for ${hours}.`,
  futurePartial: (total, hours, pending, text) =>
    `Total of the priced items: ${total} for ${hours}. ${
      pending === 1
        ? 'The item marked “to be estimated” is not included: I will send you its price before starting on it.'
        : `The ${text} items marked “to be estimated” are not included: I will send you their prices before starting on them.`
    }`,
  allToBeEstimated: (n) =>
    n === 1
      ? 'This item cannot be priced yet: I will send you an estimate before starting on it.'
      : 'None of these items can be priced yet: I will send you an estimate for each before starting on it.',
  noRate: (n) =>
    n === 1
      ? 'This item is not priced yet: I will send you its price before starting on it.'
      : 'These items are not priced yet: I will send you a price for each before starting on it.',
  approval:
    'Please confirm in writing that you approve this work before it starts: a reply to this email is enough. I will start on these items once I have your approval, and invoice them at the prices agreed.',

  item: (summary, requested, delivered, why, amount) =>
    `${summary}, requested on ${requested}${delivered ? ` and delivered on ${delivered}` : ''} (${why}): ${amount}`,
  revisionBeyond: (round, included, text) =>
    included === 0
      ? `revision round ${round}, with no rounds included`
      : included === 1
        ? `revision round ${round}, beyond the one included`
        : `revision round ${round}, beyond the ${text} included`,
  outOfScope: {
    revision: 'a revision outside the agreed scope',
    change: 'a change to what was agreed',
    feature: 'a new feature, outside the agreed scope',
  },
  toBeEstimated: 'to be estimated',
  toBePriced: 'price to be agreed',
  hoursToConfirm: 'hours to be confirmed',

  nothingExtra: 'No extra work beyond the contract is waiting to be billed: there is nothing to approve at the moment.',
  closing: 'Thank you, and do not hesitate to ask if you would like to go over any of these items.',
};
