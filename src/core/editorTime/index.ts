/** Editor time (opt-in, docs/editor-time.md): pure; src/editorTime/ counts from the editor's events and stores it. */
export * from './activeTime';
export * from './totals';
export * from './daysToLog';
export * from './months';
