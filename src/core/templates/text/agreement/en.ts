/** The termination agreement's words in English (see ../agreement.ts). */
import type { AgreementTexts } from '../agreement';

export const en: AgreementTexts = {
  title: (client) => `Termination agreement: ${client}`,
  heading: 'Agreement to end the collaboration',
  parties: (provider, client, contact) =>
    `Between ${provider ?? 'the undersigned service provider'} (“the Provider”) and ${client}${contact ? `, represented by ${contact}` : ''} (“the Client”).`,
  purpose: (today) => `Following our conversation, this document records what we agreed on ${today} for the end of our collaboration.`,
  endHeading: 'End date',
  endOnDay: (lastDay) => `The collaboration ends on ${lastDay}, the Provider’s last working day. The terms of the contract apply until then.`,
  endImmediate: (lastDay) => `The collaboration ends with immediate effect on ${lastDay}.`,
  workHeading: 'Work still delivered',
  deliverableHeader: ['Deliverable', 'Delivered by'],
  asIs: (by) => `The following work will not be finished; it is handed over in its current state by ${by}:`,
  allDelivered: 'All agreed deliverables have been delivered.',
  moneyHeading: 'Amounts still owed',
  invoiceHeader: ['Invoice', 'Issued', 'Due', 'Outstanding'],
  totalRow: 'Total',
  payTotal: (total, payBy) => `The Client pays the total of ${total} by ${payBy}.`,
  nothingOwed: (today) => `No invoice is outstanding on ${today}.`,
  lateInterestWaiver: (payBy) =>
    `Provided the Client pays this total in full by ${payBy}, the Provider waives the late-payment interest and charges accrued on these invoices; failing full payment by that date, they remain due as the contract and the law provide.`,
  finalInvoice: (lastDay) => `Work done up to ${lastDay} and not yet invoiced is billed in a final invoice, payable on its usual terms.`,
  refund: (amount, by) =>
    amount
      ? `The Provider refunds ${amount}, the share of the amounts paid that covers work not done, by ${by}.`
      : `The Provider refunds the share of the amounts paid that covers work not done, in proportion to that work, by ${by}.`,
  refundOrSetOff: (amount, by) =>
    amount
      ? `The Provider refunds ${amount}, the share of the amounts paid that covers work not done, by ${by}, or credits it against the open invoices if the Client prefers.`
      : `The Provider refunds the share of the amounts paid that covers work not done, in proportion to that work, by ${by}, or credits it against the open invoices if the Client prefers.`,
  handoverHeading: 'Handover',
  handoverIntro: (by) => `By ${by}, the Provider hands over to the Client everything that belongs to the Client, in particular:`,
  handoverItems: [
    'source code and repositories, with ownership or admin rights transferred;',
    'design files, documents and assets;',
    'domain names, hosting and third-party accounts held on the Client’s behalf;',
    'the documentation needed to operate and maintain the work.',
  ],
  rightsOnPayment: 'The rights in the deliverables pass to the Client as the contract provides, once the amounts owed under this agreement have been paid in full.',
  credentials:
    'No password, key or other credential appears in this document or is sent by email: credentials are handed over through a secure channel (such as a password manager’s sharing feature or in person) or rotated by the Client, after which the Provider’s access is removed.',
  referralsHeading: 'Referrals',
  referralsIntro: 'To ensure continuity, the Provider recommends:',
  closingHeading: 'Final provisions',
  release:
    'Once these commitments are met, neither party has any further claim against the other in respect of this collaboration; obligations of confidentiality remain in force.',
  thanks: 'The Provider thanks the Client for the trust placed in them throughout the collaboration.',
  signaturesHeading: 'Signatures',
  provider: 'For the Provider',
  client: 'For the Client',
  nameLine: (name) => `Name: ${name}`,
  dateLine: 'Date:',
  signatureLine: 'Signature:',
};
