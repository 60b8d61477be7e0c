let next = 0;

/** Ids for <title>/<desc> references: unique within the page, whichever charts it holds. */
export function chartId(prefix: string): string {
  return `${prefix}-${++next}`;
}
