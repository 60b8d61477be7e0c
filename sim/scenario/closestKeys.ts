/**
 * The keys most like a mistyped one, for "did you mean …?" in refusals: edit distance (insert,
 * delete, substitute one letter) of at most a third of the key's length, case ignored, nearest first.
 */
export function closestKeys(typed: string, candidates: Iterable<string>, most = 3): string[] {
  const limit = Math.max(1, Math.floor(typed.length / 3));
  const scored: { key: string; distance: number }[] = [];
  for (const key of new Set(candidates)) {
    const distance = editDistance(typed.toLowerCase(), key.toLowerCase(), limit);
    if (distance <= limit) scored.push({ key, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return scored.slice(0, most).map((s) => s.key);
}

/** Levenshtein distance, stopping early (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
