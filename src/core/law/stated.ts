/** What of an invoice's statutory figures is said, the same way in the drafts and on the dashboard. */
import type { InvoiceLateFees } from './interest';

/** Something to state for an invoice: a figure the contract does not waive, or a missing rate. */
export const hasStatedFigure = (i: InvoiceLateFees): boolean => (i.interestOutcome !== 'waived' && (i.interest !== undefined || i.rateMissing)) || i.compensation !== undefined;

/** An interest figure stated whose balance, some day, includes interest capitalised at a year's end (BW 6:119a lid 3). */
export const includesCapitalised = (i: InvoiceLateFees): boolean => i.interestOutcome !== 'waived' && i.interest !== undefined && i.periods.some((p) => p.capitalised !== undefined);
