/** The file's own indentation and line endings, so that inserted entries look as if the user typed them. */
import { FormattingOptions } from 'jsonc-parser';

export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // The first indented line that holds a key or a value tells the unit of indentation; comments, whose
  // lines can be indented any way, are blanked out first.
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const indented = /^([ \t]+)["{[\d\-tfn]/m.exec(code);
  if (indented && indented[1].startsWith('\t')) {
    return { insertSpaces: false, tabSize: 4, eol };
  }
  const width = indented ? indented[1].length : 2;
  return { insertSpaces: true, tabSize: width > 0 && width <= 8 ? width : 2, eol };
}
