/**
 * What dist/portfolio.js holds: the index's store, the summaries, the Portfolio view's rows and the portfolio's
 * commands. Loaded once activation has returned (portfolioModule.ts), so that activation reads no more code
 * than before the portfolio (dist/extension.js has a size budget, scripts/package.mjs).
 * Nothing here may keep state of its own: the prompts and the service are passed in from dist/extension.js.
 */
export { PortfolioIndexStore } from './indexStore';
export { peerRates } from '../core/portfolio/figures';
export { peersKey, workspaceEntries } from './workspaceIndex';
export { portfolioStatus } from './portfolioStatus';
export * as commands from './portfolioCommands';
export * as tree from '../tree/portfolioItems';
export { indexedCaution, workspaceCaution, workspaceCautionSentence } from './caution';
export { dashboardPortfolio, refOf } from './clientDashboards';
export { PortfolioPages } from './portfolioPage';
