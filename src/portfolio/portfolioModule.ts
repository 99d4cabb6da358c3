import type * as Portfolio from './lazy';

export type PortfolioModule = typeof Portfolio;

let loaded: PortfolioModule | undefined;

/** dist/portfolio.js, required on first use: the build maps this require to that file (scripts/build.mjs). */
export function portfolioModule(): PortfolioModule {
  return (loaded ??= require('./lazy') as PortfolioModule);
}
