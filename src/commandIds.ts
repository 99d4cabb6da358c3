/** Every command id and view id in one place; package.json declares the same ids. */
export const Commands = {
  createClientFile: 'clientHealth.createClientFile',
  openClientFile: 'clientHealth.openClientFile',
  refresh: 'clientHealth.refresh',
  showLog: 'clientHealth.showLog',
  keepClientFileOutOfGit: 'clientHealth.keepClientFileOutOfGit',
  recordPayment: 'clientHealth.recordPayment',
  logJournalEntry: 'clientHealth.logJournalEntry',
  addClient: 'clientHealth.addClient',
  recordInvoice: 'clientHealth.recordInvoice',
  importInvoices: 'clientHealth.importInvoices',
  logRequest: 'clientHealth.logRequest',
  markRequestBilled: 'clientHealth.markRequestBilled',
  markRequestDelivered: 'clientHealth.markRequestDelivered',
  logHours: 'clientHealth.logHours',
  logHoursFromGit: 'clientHealth.logHoursFromGit',
  turnOnEditorTime: 'clientHealth.turnOnEditorTime',
  clearEditorTime: 'clientHealth.clearEditorTime',
  showCommit: 'clientHealth.showCommit',
  markContractSigned: 'clientHealth.markContractSigned',
  rateFit: 'clientHealth.rateFit',
  setClientStatus: 'clientHealth.setClientStatus',
  editClientDetails: 'clientHealth.editClientDetails',
  draftStatement: 'clientHealth.draftStatement',
  draftPaymentReminder: 'clientHealth.draftPaymentReminder',
  draftChangeOrder: 'clientHealth.draftChangeOrder',
  draftTerminationEmail: 'clientHealth.draftTerminationEmail',
  draftTerminationAgreement: 'clientHealth.draftTerminationAgreement',
  draftOffboardingChecklist: 'clientHealth.draftOffboardingChecklist',
  insertContractClause: 'clientHealth.insertContractClause',
  openDashboard: 'clientHealth.openDashboard',
  addFoldersToPortfolio: 'clientHealth.addFoldersToPortfolio',
  refreshPortfolio: 'clientHealth.refreshPortfolio',
  forgetPortfolioFolder: 'clientHealth.forgetPortfolioFolder',
  forgetPortfolio: 'clientHealth.forgetPortfolio',
  openPortfolioFolder: 'clientHealth.openPortfolioFolder',
  openPortfolioClientFile: 'clientHealth.openPortfolioClientFile',
} as const;

export const Views = {
  container: 'clientHealth',
  clients: 'clientHealth.clients',
  portfolio: 'clientHealth.portfolio',
} as const;

export const ContextKeys = {
  ready: 'clientHealth.ready',
  hasClientFile: 'clientHealth.hasClientFile',
  /** The portfolio index has been read once: its welcome content waits for it. */
  portfolioReady: 'clientHealth.portfolioReady',
  portfolioHasFolders: 'clientHealth.portfolioHasFolders',
} as const;
