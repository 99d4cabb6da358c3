/**
 * The contract beside the law: what a contract waiving the statutory figures (`statutoryLateFees: false`) leaves of
 * them under the rule's waiver, and whether the contract's own late fee applies instead of the statutory interest
 * under the rule's precedence. Pure; interest.ts asks it for each invoice.
 */
import type { LateFeeTerms } from './interest';
import { RATE_SCALE, rateOn } from './periods';
import { Waiver } from './rules';

/** What the contract waiving a figure (`statutoryLateFees: false`) leaves of it. */
export type WaiverOutcome = 'owed' | 'waived' | 'appliesAnyway';

export type ContractFeeReason =
  | 'atLeastThreeTimesLegalRate'
  | 'belowThreeTimesLegalRate'
  | 'legalRateUnknown'
  | 'higherThanStatutory'
  | 'notHigherThanStatutory'
  | 'substantialRemedy'
  | 'substantialRemedyForCourt'
  | 'agreedRate'
  | 'notChecked';

export interface ContractFeeDecision {
  /** The contract's late fee as an annual rate: the monthly percent × 12. */
  readonly contractAnnualPercent: number;
  /** The statutory rate on the first day of lateness, when known. */
  readonly statutoryAnnualPercent: number | undefined;
  readonly applies: 'contract' | 'statutory' | 'unknown';
  readonly reason: ContractFeeReason;
}

export function outcome(waiver: Waiver, optedOut: boolean, contractRemedy: boolean): WaiverOutcome {
  if (!optedOut) {
    return 'owed';
  }
  switch (waiver) {
    case 'void':
    case 'presumedVoid':
      return 'appliesAnyway';
    case 'onlyWithSubstantialRemedy':
      return contractRemedy ? 'waived' : 'appliesAnyway';
    case 'voidIfAbusive':
    case 'unknown':
      return 'waived';
  }
}

export function contractDecision(terms: LateFeeTerms, firstReferenceDay: string | undefined, statutory: number | undefined): ContractFeeDecision | undefined {
  const monthly = terms.contractPercentPerMonth;
  if (monthly === undefined || monthly <= 0) {
    return undefined;
  }
  const contractAnnualPercent = Math.round(monthly * 12 * RATE_SCALE) / RATE_SCALE;
  const decide = (applies: ContractFeeDecision['applies'], reason: ContractFeeReason): ContractFeeDecision => ({
    contractAnnualPercent,
    statutoryAnnualPercent: statutory,
    applies,
    reason,
  });
  switch (terms.rule.precedence) {
    case 'contractIfAtLeastThreeTimesLegalRate': {
      const legal = firstReferenceDay ? rateOn(terms.rates, 'FR-legal', firstReferenceDay) : undefined;
      if (!legal) {
        return decide('unknown', 'legalRateUnknown');
      }
      return contractAnnualPercent * RATE_SCALE >= Math.round(3 * legal.percent * RATE_SCALE)
        ? decide('contract', 'atLeastThreeTimesLegalRate')
        : decide('statutory', 'belowThreeTimesLegalRate');
    }
    case 'contractIfHigher':
      if (statutory === undefined) {
        return decide('unknown', 'notChecked');
      }
      return contractAnnualPercent > statutory ? decide('contract', 'higherThanStatutory') : decide('statutory', 'notHigherThanStatutory');
    case 'contractIfSubstantialRemedy':
      if (statutory !== undefined && contractAnnualPercent >= statutory) {
        return decide('contract', 'substantialRemedy');
      }
      return decide('unknown', 'substantialRemedyForCourt');
    case 'agreedRate':
      return decide('contract', 'agreedRate');
    case 'unknown':
      return decide('unknown', 'notChecked');
  }
}
