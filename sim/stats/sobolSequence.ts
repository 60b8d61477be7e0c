import { JOE_KUO_DIRECTIONS } from './joeKuoDirections';
import type { Uniform } from './types';

const BITS = 32;
const TWO_POW_32 = 4294967296;

/** Highest dimension for which direction numbers are tabulated. */
export const SOBOL_MAX_DIMENSION = 1 + JOE_KUO_DIRECTIONS.length;

/**
 * The 32 direction numbers V_1 … V_32 of one dimension (as integers scaled by
 * 2^32), by the recurrence of Bratley & Fox (1988, ACM TOMS 14:88, Alg. 659)
 * as implemented in Joe & Kuo's reference generator.
 */
function directionNumbers(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS + 1);
  if (dimension === 0) {
    for (let i = 1; i <= BITS; i++) v[i] = 1 << (BITS - i);
    return v;
  }
  const [s, a, ...m] = JOE_KUO_DIRECTIONS[dimension - 1];
  for (let i = 1; i <= Math.min(s, BITS); i++) v[i] = m[i - 1] * ((1 << (BITS - i)) >>> 0);
  for (let i = s + 1; i <= BITS; i++) {
    let value = v[i - s] ^ (v[i - s] >>> s);
    for (let j = 1; j < s; j++) {
      if ((a >>> (s - 1 - j)) & 1) value ^= v[i - j];
    }
    v[i] = value >>> 0;
  }
  return v;
}

/**
 * The first n points of the Sobol' low-discrepancy sequence in [0, 1)^d
 * (Sobol' 1967), Gray-code ordered (Antonov & Saleev 1979), starting with the
 * origin — the same points as scipy.stats.qmc.Sobol(d, scramble=False). Use n
 * a power of two: the first 2^m points are a balanced (t, m, d)-net, so every
 * one-dimensional projection hits each interval [j/2^m, (j+1)/2^m) once.
 *
 * With `rand`, a random digital shift is applied: each coordinate's 32 bits
 * are XORed with one random word per dimension (d draws, taken first). This
 * randomised QMC keeps the net structure and makes the points unbiased
 * uniform samples (L'Ecuyer & Lemieux 2002, "Recent advances in randomized
 * quasi-Monte Carlo methods", §6.2). It is not Owen scrambling.
 */
export function sobolSequence(n: number, dimensions: number, rand?: Uniform): number[][] {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > SOBOL_MAX_DIMENSION) {
    throw new RangeError(`sobolSequence: dimensions must be 1…${SOBOL_MAX_DIMENSION}, got ${dimensions}`);
  }
  if (!Number.isInteger(n) || n < 0 || n > TWO_POW_32) {
    throw new RangeError(`sobolSequence: n must be an integer in 0…2^32, got ${n}`);
  }
  const directions = Array.from({ length: dimensions }, (_, d) => directionNumbers(d));
  const shift = new Uint32Array(dimensions);
  if (rand) for (let d = 0; d < dimensions; d++) shift[d] = Math.floor(rand() * TWO_POW_32);
  const state = new Uint32Array(dimensions);
  const points: number[][] = [];
  for (let i = 0; i < n; i++) {
    points.push(Array.from(state, (x, d) => ((x ^ shift[d]) >>> 0) / TWO_POW_32));
    // Gray-code step: flip direction number c, the position (1-based) of the
    // lowest zero bit of i.
    let c = 1;
    for (let value = i; value & 1; value >>>= 1) c++;
    if (c > BITS) break;
    for (let d = 0; d < dimensions; d++) state[d] ^= directions[d][c];
  }
  return points;
}
