/**
 * The ids of the termination reasons and the contract clauses, apart from their
 * wording in four languages, so that code needing only the ids (the chat tools'
 * input schemas) does not load every draft's text.
 */
export const TERMINATION_REASONS = [
  'payment',
  'scopeCreep',
  'styleMismatch',
  'abuse',
  'noLongerFit',
  'noContract',
  'rateTooLow',
  'notEnoughWork',
  'disrespectOfTime',
] as const;

export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export const CLAUSE_IDS = [
  'revisions',
  'paymentTerms',
  'signatureDeposit',
  'workingHours',
  'changeOrders',
  'notice',
  'withdrawal',
  'suspension',
  'repeatedLatePayment',
  'ownership',
  'cancellation',
] as const;

export type ClauseId = (typeof CLAUSE_IDS)[number];
