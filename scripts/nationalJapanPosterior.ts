// Turns the calibration of japan-regional (posteriors/japan-regional.csv) into the national
// posterior posteriors/japan.csv: each volume scales by the national workforce over the case's
// (236,000 / 4,000 prefectural staff, 708,000 / 7,600 municipal staff), as japan-regional.json
// scales its own volumes; shares and other parameters are kept. docs/ODD.md Appendix C, "Japan".
// `npx tsx scripts/nationalJapanPosterior.ts`
import { readFileSync, writeFileSync } from 'node:fs';
import { scalePosteriorCsv } from '../cli/posterior/scalePosterior.ts';

const places = 'programme.instruments.secondment.placesPerYear';
const [prefectures, municipalities] = [236000 / 4000, 708000 / 7600];
const factors = {
  [`${places}.centralToCombined`]: prefectures,
  [`${places}.combinedToCentral`]: prefectures,
  [`${places}.centralToLocal`]: municipalities,
  [`${places}.localToCentral`]: municipalities,
};
writeFileSync('posteriors/japan.csv', scalePosteriorCsv(readFileSync('posteriors/japan-regional.csv', 'utf8'), factors));
console.log('wrote posteriors/japan.csv');
