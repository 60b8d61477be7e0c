/** How to regenerate, written into every generated block. */
export const REGENERATE = 'npx tsx scripts/writeDocs.ts';

const MARKER = /^<!-- generated:([a-z0-9-]+) -->$/;

/**
 * Replaces each marker line `<!-- generated:NAME -->` of a hand-written template with the block
 * that generator NAME makes, fenced by comments that say it is generated and how to regenerate it.
 * An unknown marker is an error, so a typo never leaves a hole in the documentation.
 */
export function fillTemplate(template: string, generators: Record<string, () => string>, templateFile: string): string {
  const header = `<!-- Generated from ${templateFile} by scripts/writeDocs.ts: edit the template and the code, not this file; regenerate with \`${REGENERATE}\`. -->\n`;
  const body = template.split('\n').map((line) => {
    const m = MARKER.exec(line.trim());
    if (!m) return line;
    const generate = generators[m[1]];
    if (!generate) throw new Error(`docs: ${templateFile} has an unknown marker "${m[1]}" (known: ${Object.keys(generators).join(', ')})`);
    return [
      `<!-- generated:${m[1]} — made from the code by scripts/writeDocs.ts; do not edit by hand, regenerate with \`${REGENERATE}\` -->`,
      '',
      generate().trimEnd(),
      '',
      `<!-- end generated:${m[1]} -->`,
    ].join('\n');
  });
  return header + body.join('\n');
}
