/**
 * dist/editor-time.js (scripts/build.mjs): editor time's counting, and the pure parts that read editor time
 * beside git's (the days Log Hours offers, the dashboard's hours per month), loaded on first use through
 * editorTimeModule() so that activation's bundle carries only the switch.
 */
export { EditorTimeTracker } from './tracking';
export { readEditorTime } from '../core/editorTime/totals';
export { editorDaysOf, editorTimeClient, evidenceDaysToLog, evidenceHoursEntries } from '../core/editorTime/daysToLog';
export { hoursView } from '../dashboard/hoursView';
