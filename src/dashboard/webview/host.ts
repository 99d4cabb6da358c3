/**
 * The page's one handle on VS Code: acquireVsCodeApi may be called once per page, and each page (the client
 * dashboard, the portfolio page) is its own bundle, so each gets this module once.
 */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export const vscode = acquireVsCodeApi();
