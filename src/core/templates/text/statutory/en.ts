/** The statutory late-payment figures in English (see ../statutory.ts). */
import type { StatutoryTexts } from '../statutory';

const BASIS: Readonly<Record<string, string>> = {
  FR: 'the French Commercial Code (Articles L441-10 and D441-5)',
  IT: 'Italian Legislative Decree 231/2002 (Articles 5 and 6)',
  DE: 'the German Civil Code (BGB, § 288)',
  ES: 'Spanish Law 3/2004 (Articles 7 and 8)',
  BE: 'the Belgian Law of 2 August 2002 (Articles 5 and 6)',
  NL: 'the Dutch Civil Code (Articles 6:119a, 6:120 and 6:96)',
  GB: 'the Late Payment of Commercial Debts (Interest) Act 1998',
  TR: 'the Turkish Commercial Code no. 6102 (Article 1530)',
};

export const en: StatutoryTexts = {
  heading: 'Statutory interest and compensation',
  basis: (country) => BASIS[country] ?? 'Directive 2011/7/EU, as transposed into national law,',
  intro: (basis, date, withCompensation) =>
    // "At least": the sum is a floor in the Netherlands and Turkey, and every law here lets further costs be claimed.
    `Between businesses, ${basis} entitles me to interest at the statutory rate on a late payment${
      withCompensation ? ' and, for each invoice paid late, to compensation for recovery costs of at least the sum it sets' : ''
    }. As of ${date}, for the overdue invoices:`,
  invoiceLine: (invoice, days, interest, rates, compensation) => {
    const interestPart = interest === undefined ? 'interest not computed (no reference rate is known for that period)' : `interest of ${interest} (${days} at ${rates} a year, on the balance due each day)`;
    return `Invoice ${invoice}: ${interestPart}${compensation ? `; compensation of ${compensation}` : ''}`;
  },
  total: (date, interest, compensation, all, inReminder) => {
    const parts = [interest && `${interest} of interest`, compensation && `${compensation} of compensation`].filter(Boolean).join(' and ');
    return `Statutory late fees as of ${date}: ${parts}${all ? `, ${all} in all` : ''}.${inReminder ? ' They are not included in the total above.' : ' They are not included in the outstanding balance above.'}`;
  },
  appliesAnyway:
    'Our contract waives the statutory late fees, but the law does not allow a contract to exclude them in advance (or presumes such a clause grossly unfair): they are therefore shown here.',
  capitalisedYearly:
    'As Article 6:119a(3) of the Dutch Civil Code provides, at the end of each full year of lateness the interest for that year was added to the amount on which interest runs.',
  comparisonOnly: 'The statutory interest above is therefore given for comparison only.',
  olderRate: (date) => `The interest uses the latest reference rate known, that of ${date}; a newer rate may change the figure slightly.`,
  contractFee: (reason, contract, statutory) => {
    switch (reason) {
      case 'atLeastThreeTimesLegalRate':
        return `The contract's late fee (${contract} a year) applies instead of the statutory interest: it is at least three times the legal interest rate, as the law requires.`;
      case 'belowThreeTimesLegalRate':
        return `The statutory rate applies rather than the contract's late fee (${contract} a year), which is below three times the legal interest rate, the lowest a contract may set.`;
      case 'legalRateUnknown':
        return `Whether the contract's late fee (${contract} a year) or the statutory rate applies depends on the legal interest rate for that period, which is not known here.`;
      case 'higherThanStatutory':
        return `The contract's late fee (${contract} a year) applies: it is higher than the statutory rate${statutory ? ` (${statutory})` : ''}.`;
      case 'notHigherThanStatutory':
        return `The statutory rate${statutory ? ` (${statutory})` : ''} applies: the contract's late fee (${contract} a year) is not higher.`;
      case 'substantialRemedy':
        return `The contract's late fee (${contract} a year) applies instead of the statutory interest: at no less than the statutory rate, it is a substantial remedy for late payment.`;
      case 'substantialRemedyForCourt':
        return `The contract's late fee (${contract} a year) is below the statutory rate; whether it is a substantial remedy that replaces the statutory interest is for a court to decide.`;
      case 'agreedRate':
        return `The late fee agreed in the contract (${contract} a year) applies instead of the statutory interest, as the law allows.`;
      case 'notChecked':
        return `Whether the contract's late fee (${contract} a year) or the statutory interest applies under this law has not been checked.`;
    }
  },
};
