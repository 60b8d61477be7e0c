/**
 * The doc comment (`/** ... *\/`) that documents `export function name(` in a source text: the
 * nearest one before the declaration with no other declaration in between (a plain `//` comment
 * or a guard statement may sit between them, as in learning.ts). Undefined when there is none.
 */
export function docCommentOf(source: string, functionName: string): string | undefined {
  const at = source.search(new RegExp(`^export function ${functionName}\\b`, 'm'));
  if (at < 0) return undefined;
  const before = source.slice(0, at);
  const open = before.lastIndexOf('/**');
  if (open < 0) return undefined;
  const close = before.indexOf('*/', open);
  if (close < 0) return undefined;
  const between = before.slice(close + 2);
  if (/^\s*(export\s+)?(function|const|let|var|class|interface|type|enum)\s/m.test(between)) return undefined;
  return before
    .slice(open + 3, close)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter((line) => line.length > 0)
    .join(' ');
}

/** The first sentence of a comment: up to the first full stop followed by a capital or the end. */
export function firstSentence(text: string): string {
  const m = /^(.*?[.!?]["')\]]*)(?=\s+[A-Z]|\s*$)/s.exec(text.trim());
  return (m ? m[1] : text).trim();
}
