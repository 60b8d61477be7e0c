/** The terminal width capflow's prose and tables keep to (issue 14: a policy audience's terminal). */
export const WIDTH = 100;

/**
 * Breaks text at spaces into lines of at most `width` columns. The first line starts with `first`,
 * later ones with `indent`; a single word longer than the width stays whole on its own line.
 */
export function wrapLines(text: string, width = WIDTH, indent = '', first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line.trim() === '' ? line + word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** Prose wrapped to the terminal width, as one string. */
export const wrap = (text: string, width = WIDTH) => wrapLines(text, width).join('\n');
