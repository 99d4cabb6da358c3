/**
 * The one script of the dashboard pages (dist/dashboard/webview.js): the client dashboard, or the portfolio page
 * when the host marks the body so (pageHtml.ts). One bundle, so that both pages share zod and the chart code
 * rather than ship them twice (the .vsix has a size budget); each page's module runs only on its own page.
 */
(document.body.dataset.page === 'portfolio' ? import('./portfolioPage') : import('./main')).catch((error: unknown) => console.error('Client Health: the page could not start', error));
