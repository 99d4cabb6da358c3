/** Editor time (issue 20, opt-in): pure; src/editorTime/ counts from the editor's events and stores it. */
export * from './activeTime';
export * from './totals';
export * from './daysToLog';
export * from './months';
