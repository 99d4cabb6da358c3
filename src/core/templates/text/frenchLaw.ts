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

