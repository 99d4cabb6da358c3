/**
 * The editor's git evidence, loaded on first use from dist/git.js (scripts/build.mjs) once the first clients
 * are shown, so that the service, the reader and its parser are not part of what activation loads.
 */
export { gitShowStat } from './gitLog';
export { readFolderCommits } from './folderCommits';
export { GitEvidenceService } from './gitEvidenceService';
export { commitText } from './commitText';
export { openInGitView } from './gitView';
