/**
 * The figures of French commercial law that the French drafts state, in one
 * place: they apply between professionals, which a freelancer's client is.
 */

/**
 * The fixed compensation for recovery costs a professional who pays late owes
 * of right, per invoice paid late: 40 euros (Code de commerce L441-10 II and
 * D441-5), whatever the contract says, besides the late-payment penalties.
 */
export const RECOVERY_FEE_EUROS = 40;

/** The articles that set it, as a French sentence cites them. */
export const RECOVERY_FEE_ARTICLES = 'articles L441-10 et D441-5 du Code de commerce';

/** A whole number as French writes it: 1 200, with Intl's narrow no-break space between thousands. */
export const frNumber = (n: number): string => new Intl.NumberFormat('fr-FR').format(n);

/** An amount in euros in French prose: 40 euros, 1 200 euros. */
export const euros = (amount: number): string => `${frNumber(amount)} euros`;

/**
 * Ending an established commercial relationship without a written notice that
 * fits its length engages the liability of whoever ends it (« rupture brutale
 * des relations commerciales établies », Code de commerce L442-1 II), and a
 * notice of 18 months always suffices. Courts weigh each case; the rule of
 * thumb they and practitioners start from is about one month per year of
 * relationship. So a French draft suggests, when the contract names no notice,
 * one month (30 days) per year the relationship has lasted, prorated and
 * rounded up to a whole day, never less than the default notice of every
 * language (two weeks) and never more than 18 months (548 days).
 */
export const RUPTURE_NOTICE_DAYS_PER_YEAR = 30;
export const RUPTURE_NOTICE_MAX_DAYS = 548;

/** The notice the relationship's length calls for, in days, from `minimum` up; `relationshipDays` undefined: `minimum`. */
export function ruptureNoticeDays(relationshipDays: number | undefined, minimum: number): number {
  if (relationshipDays === undefined || relationshipDays <= 0) {
    return minimum;
  }
  const scaled = Math.ceil((relationshipDays * RUPTURE_NOTICE_DAYS_PER_YEAR) / 365);
  return Math.min(RUPTURE_NOTICE_MAX_DAYS, Math.max(minimum, scaled));
}
