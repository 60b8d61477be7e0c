/**
 * A posterior.csv with some parameter columns multiplied by a factor: how a calibration of a
 * regional case becomes a posterior for the national scenario, when a parameter (a volume) scales
 * with the case's share of the country (docs/ODD.md Appendix C, "Japan"). Weights, distances and
 * the other columns are kept byte for byte; a factor naming no column is refused.
 */
export function scalePosteriorCsv(text: string, factors: Readonly<Record<string, number>>): string {
  const lines = text.split('\n');
  const header = lines[0].split(',');
  const columns = Object.keys(factors).map((name) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`no column ${name} in the posterior (it has ${header.join(', ')})`);
    return { at, factor: factors[name] };
  });
  return lines
    .map((line, i) => {
      if (i === 0 || line === '') return line;
      const cells = line.split(',');
      for (const { at, factor } of columns) cells[at] = String(Number(cells[at]) * factor);
      return cells.join(',');
    })
    .join('\n');
}
