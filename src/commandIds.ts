/** Every command id and view id in one place; package.json declares the same ids. */
export const Commands = {
  createClientFile: 'clientHealth.createClientFile',
  openClientFile: 'clientHealth.openClientFile',
  refresh: 'clientHealth.refresh',
  keepClientFileOutOfGit: 'clientHealth.keepClientFileOutOfGit',
  recordPayment: 'clientHealth.recordPayment',
  logJournalEntry: 'clientHealth.logJournalEntry',
} as const;

export const Views = {
  container: 'clientHealth',
  clients: 'clientHealth.clients',
} as const;

export const ContextKeys = {
  ready: 'clientHealth.ready',
  hasClientFile: 'clientHealth.hasClientFile',
} as const;
