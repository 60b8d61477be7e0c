/** "1 replicate", "5 replicates": a count with its noun, singular for exactly one. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
