/** The termination email's words in English (see ../termination.ts). */
import type { TerminationTexts } from '../termination';

export const en: TerminationTexts = {
  reasonLabels: {
    payment: 'Payment problems',
    scopeCreep: 'Scope creep',
    styleMismatch: 'Style or philosophy mismatch',
    abuse: 'Unethical or abusive conduct',
    noLongerFit: 'No longer a fit (the work or the business has changed)',
    noContract: 'No contract',
    rateTooLow: 'Rate too low or constant haggling',
    notEnoughWork: 'Not enough work',
    disrespectOfTime: 'Disrespect of my time',
  },
  title: (client) => `Termination email: ${client}`,
  subject: (client) => `Ending our collaboration – ${client}`,
  subjectImmediate: (client) => `Ending our collaboration with immediate effect – ${client}`,
  opening: 'I am writing to confirm my decision to end our collaboration.',
  reasons: {
    payment:
      'Over the past months, payments have repeatedly arrived later than the terms we agreed. My business depends on being paid on time, and I can no longer plan my work around that uncertainty.',
    scopeCreep:
      'The project has grown well beyond the scope we agreed at the start, and I can no longer absorb the additional requests within the agreed budget. Rather than renegotiate every addition, I believe it is fairer to both of us to close our collaboration here.',
    styleMismatch:
      'I have come to see that my approach does not match the direction you want to take with the project. Someone whose style is closer to your vision will serve you better than I can.',
    noLongerFit:
      'My business has changed over the past months, and this kind of work no longer matches what I do best. Your project deserves someone who can give it their full commitment.',
    noContract:
      'I make it a rule to work only under a signed contract, which protects both parties. As we have not been able to put one in place, I cannot continue our work together.',
    rateTooLow:
      'I have reviewed my rates, and the terms of our collaboration no longer fit my current pricing. Rather than negotiate the price of each piece of work, I would prefer that we part on good terms.',
    notEnoughWork:
      'The volume of work has become too small for me to give it the attention and availability it deserves alongside my other commitments.',
    disrespectOfTime:
      'To do good work for all of my clients I need to keep to my working hours, and the pace of urgent and out-of-hours requests on this project no longer allows me to.',
  },
  openingImmediate: (today) => `I am ending our collaboration with immediate effect, as of today, ${today}.`,
  immediateStop: 'Work in progress stops today and will be handed over as it stands.',
  lastDayContract: (client, lastDay, notice) =>
    `My last working day for ${client} will be ${lastDay}, in line with the ${notice.text}-day notice period in our contract.`,
  lastDayDefault: (client, lastDay, notice) =>
    `My last working day for ${client} will be ${lastDay}, which gives us ${notice.text} ${notice.n === 1 ? 'day' : 'days'} to arrange the handover.`,
  lastDayChosen: (client, lastDay) => `My last working day for ${client} will be ${lastDay}.`,
  deliverIntro: 'Until then, I will complete the following:',
  deliverable: (name, due) => (due ? `${name}, due ${due}` : name),
  notFinishedIntro: 'The following cannot be finished by then; I will hand over the work in its current state:',
  refund: (amount, by) =>
    amount
      ? `Part of what you have already paid covers work that will not be finished, so I will refund ${amount} by ${by}.`
      : `Part of what you have already paid covers work that will not be finished, so I will refund that share, in proportion to the work not done, by ${by}.`,
  refundOrSetOff: (amount, by) =>
    amount
      ? `Part of what you have already paid, ${amount}, covers work that will not be finished. I can deduct it from the total above or, if you prefer, refund it to you by ${by}: please let me know which suits you.`
      : `Part of what you have already paid covers work that will not be finished. I can deduct that share, in proportion to the work not done, from the total above or, if you prefer, refund it to you by ${by}: please let me know which suits you.`,
  owedIntro: 'The following invoices are still open:',
  invoice: (number, issued, due, outstanding) => `Invoice ${number} of ${issued}, due ${due}: ${outstanding}`,
  total: (total, payBy) => `The total outstanding is ${total}. I would be grateful to receive payment by ${payBy}.`,
  handover: (by) =>
    `By ${by}, I will hand over every file, account and access that belongs to you; passwords will reach you through a secure channel, never by email.`,
  referralsIntro: 'If it helps, here are colleagues I can recommend:',
  referral: (r) => [r.name, r.contact ? ` (${r.contact})` : '', r.note ? `: ${r.note}` : ''].join(''),
  noReferrals: 'If you wish, I will gladly recommend other freelancers who could take over.',
  thanks: (client) => `Thank you for your trust and for the work we have done together. I wish you and ${client} every success.`,
  closing: 'Kind regards,',
  closingImmediate: 'Regards,',
  slots: {
    client: 'Client name',
    contact: 'Mr or Ms Name',
    date: 'date',
    amount: 'amount',
    deliverable: 'Deliverable',
    invoice: 'invoice number',
    colleague: 'Colleague name',
    colleagueContact: 'colleague@example.com',
    yourName: 'Your name',
    yourEmail: 'you@example.com',
  },
  subjectLabel: 'Subject:',
};
