/** Git history as evidence (docs/git-evidence.md): pure; src/git/gitLog.ts runs git and feeds this. */
export * from './format';
export * from './commit';
export * from './parse';
export * from './authors';
export * from './sessions';
export * from './evidence';
export * from './daysToLog';
