/**
 * Transcendental functions that give the same bits in every JavaScript engine. Math.pow, exp, log,
 * sin and cos are left to each engine's implementation and differ in the last bit between V8
 * versions (Node 20 and Chromium 156 do), which would break the promise that a scenario and seed
 * give the same bytes in Node and in the browser, and could even flip a rare decision. The
 * statistics (sim/stats: t quantiles, intervals, p-values, printed at 17 digits in summary.csv and
 * compare.csv) use them for the same reason. stdlib's versions are written in plain IEEE
 * arithmetic (ports of FreeBSD's msun), which every engine rounds alike. Math.sqrt, floor and the basic operators are exact everywhere and need no stand-in.
 */
import stdCos from '@stdlib/math-base-special-cos';
import stdExp from '@stdlib/math-base-special-exp';
import stdLn from '@stdlib/math-base-special-ln';
import stdLog1p from '@stdlib/math-base-special-log1p';
import stdPow from '@stdlib/math-base-special-pow';
import stdSin from '@stdlib/math-base-special-sin';

export const pow: (base: number, exponent: number) => number = stdPow;
export const exp: (x: number) => number = stdExp;
export const ln: (x: number) => number = stdLn;
export const log1p: (x: number) => number = stdLog1p;
export const cos: (x: number) => number = stdCos;
export const sin: (x: number) => number = stdSin;
