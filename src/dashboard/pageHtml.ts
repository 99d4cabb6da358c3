/**
 * The HTML of a dashboard page, the client's and the portfolio's: no data in it (that arrives as posted messages
 * set with textContent), scripts by nonce only, styles, images and fonts from the extension's own resources.
 */
import * as vscode from 'vscode';

export interface PageOptions {
  /** Which page dist/dashboard/webview.js draws (webview/index.ts). */
  readonly page: 'client' | 'portfolio';
  /** Style sheets under media/, in order. */
  readonly styles: readonly string[];
  readonly title: string;
  /** ExtensionMode.Test: the page reports each render. */
  readonly reportRenders: boolean;
}

/** What a page may load: media/ and dist/dashboard/ only. */
export function pageResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'dashboard')];
}

export function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: PageOptions): string {
  const n = nonce();
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${n}'`,
    // The toolkit (FAST) probes :focus-visible with a <style> element that carries the nonce of <meta property="csp-nonce">.
    `style-src ${webview.cspSource} 'nonce-${n}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta property="csp-nonce" content="${n}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${options.styles.map((s) => `<link rel="stylesheet" href="${asset('media', s)}">`).join('\n')}
<script type="module" nonce="${n}" src="${asset('dist', 'dashboard', 'toolkit.min.js')}"></script>
<script defer nonce="${n}" src="${asset('dist', 'dashboard', 'webview.js')}"></script>
<title>${escapeHtml(options.title)}</title>
</head>
<body data-page="${options.page}"${options.reportRenders ? ' data-report-renders' : ''}>
<main id="app" aria-live="polite"></main>
</body>
</html>`;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let value = '';
  for (let i = 0; i < 32; i++) {
    value += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return value;
}

/** The title is ours and translated; a translation must still not be able to open a tag. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
