/** Statutory late-payment law: rules as data, dated reference rates, and the figures they give. No vscode here. */
export { clientLateFees } from './client';
export type { ClientLateFees, NoStatutoryFigures } from './client';
export { invoiceLateFees } from './interest';
export { rateOn, ratesUpTo } from './periods';
export type { InterestPeriod, InvoiceLateFees, LateFeeTerms, LateInvoice } from './interest';
export type { ContractFeeDecision, ContractFeeReason, WaiverOutcome } from './contract';
export { RATE_SOURCES, SHIPPED_RATES, TR_MINIMUM_COMPENSATION } from './rates';
export type { RateEntry, RateSource } from './rates';
export { lateFeeRule, lateFeeRules } from './rules';
export type { CompensationBand, CompensationRule, LateFeeRule, Precedence, RateChoice, Waiver } from './rules';
export { MAX_RATE_ENTRIES, mergeRates, ratesFromSetting, readReferenceRates, REFERENCE_RATES_SETTING } from './settings';
export type { ReferenceRatesSetting } from './settings';
export { statutoryView } from './statutoryView';
export type { StatutoryFormatters, StatutoryView } from './statutoryView';
export { hasStatedFigure, includesCapitalised } from './stated';
