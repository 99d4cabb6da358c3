/** The contract clauses in English (see ../clauses.ts). */
import { clauseLaw, type ClausesTexts, type ClauseValues } from '../clauses';
import { hm, range, joinAnd, plural } from './format';

/**
 * The recovery-cost sentence of the payment clause under the law of the freelancer's country (src/core/law/rules.ts,
 * docs/late-payment-law.md); English has no country of its own, so a law without its own sentence here gets none.
 */
function recoveryCosts(v: ClauseValues): string {
  switch (clauseLaw(v, undefined)) {
    case 'FR':
      return ' In addition, where the Client acts in the course of business, any late payment makes the Client liable, by operation of law, for a fixed compensation for recovery costs of 40 euros per invoice (French Commercial Code, art. L441-10 and D441-5), without prejudice to further compensation, on proof, where the recovery costs incurred exceed that amount.';
    case 'IT':
      return ' In addition, where the Client acts in the course of a business or profession, a fixed sum of 40 euros is due for each invoice paid late as compensation for recovery costs (Italian Legislative Decree 231/2002, art. 6), without prejudice to proof of greater loss.';
    case 'BE':
      return ' In addition, where the Client acts in the course of business, any late payment makes the Client liable, by operation of law and without formal notice, for a fixed compensation for recovery costs of 40 euros per invoice (Belgian Law of 2 August 2002 on combating late payment in commercial transactions, art. 6), without prejudice to reasonable compensation for any further recovery costs incurred.';
    case 'NL':
      // BW 6:96(4) sets a floor, not a fixed sum: the compensation is the reasonable costs (6:96(2)(c)), never less than 40 euros.
      return ' In addition, where the Client acts in the course of business, any late payment makes the Client liable, without any reminder and from the day after the due date, for compensation for recovery costs equal to the reasonable costs incurred and of no less than 40 euros per invoice (Dutch Civil Code, art. 6:96(4) and 6:119a).';
    case 'DE':
      return ' In addition, where the Client acts in the course of business, any late payment makes the Client liable for a lump sum of 40 euros per invoice as compensation for recovery costs (German Civil Code, § 288(5) BGB), which is set off against any damages owed for the costs of legal action.';
    case 'ES':
      return ' In addition, where the Client acts in the course of business, any late payment makes the Client liable, by operation of law and without any express request, for a fixed compensation for recovery costs of 40 euros per invoice (Spanish Law 3/2004, art. 8), together with any duly documented recovery costs exceeding that amount.';
    case 'GB':
      // The bands of s. 5A(2), as in rules.ts.
      return ' In addition, where the Client acts in the course of business, any late payment makes the Client liable, for each invoice, for a fixed sum as compensation for recovery costs under section 5A of the Late Payment of Commercial Debts (Interest) Act 1998: £40 for a debt of less than £1,000, £70 for a debt of £1,000 or more but less than £10,000, and £100 for a debt of £10,000 or more, together with the reasonable recovery costs exceeding that sum.';
    case 'TR':
      return ' To the extent that the work is a commercial transaction under article 1530 of the Turkish Commercial Code, the Provider may also claim, in addition to the late fee, the minimum compensation for collection costs announced each year by the Central Bank of the Republic of Türkiye.';
    default:
      return '';
  }
}

const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const en: ClausesTexts = {
  workingDays: (days) => {
    const r = range(days);
    return r ? `from ${EN_DAYS[r[0]]} to ${EN_DAYS[r[1]]}` : `on ${joinAnd([...days].sort().map((d) => `${EN_DAYS[d]}s`), 'and')}`;
  },
  time: (m) => hm(m, ':'),
  slots: { rate: 'rate', workingDays: 'from Monday to Friday' },
  clauses: {
    revisions: {
      name: 'Revisions',
      body: (v) => [
        `The price includes ${plural(v.revisions, 'round', 'rounds')} of revisions per deliverable. A round of revisions is one consolidated list of changes sent by the Client. Further rounds are billed ${v.extraRate ? `at ${v.extraRate} per hour` : 'at the Provider’s hourly rate in force'}, on an estimate the Client approves beforehand.`,
      ],
    },
    paymentTerms: {
      name: 'Payment terms and late fees',
      body: (v) => [
        `Invoices are payable within ${plural(v.paymentDays, 'day', 'days')} of their issue date. Any amount unpaid after its due date bears a late fee of ${v.lateFee} per month, from the day after the due date until payment in full.${recoveryCosts(v)}`,
      ],
    },
    signatureDeposit: {
      name: 'Signature and deposit',
      body: (v) => [
        `Work begins once this contract has been signed by both parties and a deposit of ${v.deposit} of the agreed price has been received. Deadlines run from the later of these two dates. The deposit is deducted from the final invoice.`,
      ],
    },
    workingHours: {
      name: 'Working hours and urgent work',
      body: (v) => [
        `The Provider works ${v.workingDays}, from ${v.start} to ${v.end}. Messages received outside these hours are answered on the next working day.`,
        `Work the Client requests outside these hours, or for delivery within ${plural(v.urgentHours, 'hour', 'hours')}, is urgent: it is carried out only with the Provider’s agreement and is billed at ${v.hourlyRate ? `the hourly rate of ${v.hourlyRate}` : 'the hourly rate'} plus ${v.urgentSurcharge}.`,
      ],
    },
    changeOrders: {
      name: 'Change orders',
      body: (v) => [
        `Any request outside the scope described in this contract is set out in a written change order stating the work, its price (${v.extraRate ? `at ${v.extraRate} per hour` : 'at the Provider’s hourly rate in force'} or as a fixed quote) and its effect on the schedule. Work on it begins once the Client has approved the change order in writing. Without an approved change order, the original scope and schedule apply.`,
      ],
    },
    notice: {
      name: 'Notice period',
      body: (v) => [
        `Either party may end this contract by giving ${plural(v.noticeDays, 'day’s', 'days’')} written notice. During the notice period, work continues on the agreed terms and the work done is invoiced. In the event of a serious breach, in particular abusive or unethical conduct, the contract may be ended in writing with immediate effect.`,
      ],
    },
    withdrawal: {
      name: 'Withdrawal of the Provider',
      body: (v) => [
        `If the Provider can no longer, or no longer wishes to, carry out the work, the Provider informs the Client in writing without delay. Within ${plural(v.withdrawalDays, 'day', 'days')}, the Provider either proposes a qualified substitute acceptable to the Client, or refunds (or credits against open invoices) a fair share of the amounts paid, in proportion to the work not done. Once this is done, the Client releases the Provider from any further obligation under this contract.`,
      ],
    },
    suspension: {
      name: 'Suspension for late payment',
      body: (v) => [
        `If an invoice remains unpaid ${plural(v.suspendAfterDays, 'day', 'days')} after its due date, the Provider may suspend work, after notifying the Client in writing, until the balance is paid in full. Deadlines are extended by the length of the suspension.`,
      ],
    },
    repeatedLatePayment: {
      name: 'Repeated late payment',
      body: (v) => [
        `After ${plural(v.latePayments, 'late payment', 'late payments')}, the Provider may require any further work to be paid in advance, or end this contract under the notice clause.`,
      ],
    },
    ownership: {
      name: 'Ownership of the work',
      body: () => [
        'Ownership of the deliverables, and the rights to use them, pass to the Client upon payment in full of all amounts due. Until then, they remain the Provider’s, and the Client may use the deliverables only to review them. Tools, libraries and know-how the Provider had before the project remain the Provider’s; the Client receives a licence to use them as part of the deliverables.',
      ],
    },
    cancellation: {
      name: 'Cancellation',
      body: (v) => [
        `If the Client cancels the project before completion, the Client pays for the work done up to the date of cancellation, ${v.hourlyRate ? `at ${v.hourlyRate} per hour` : 'at the agreed rate'} or in proportion to the agreed price, plus any costs already committed. The deposit is set against this amount.`,
      ],
    },
  },
};
