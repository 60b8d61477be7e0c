/**
 * Okabe & Ito (2008), "Color Universal Design": eight colours distinguishable under the common
 * colour-vision deficiencies (https://jfly.uni-koeln.de/color/). Scenario B is also dashed, so
 * A and B stay apart in greyscale prints.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const SIDE_STYLE = {
  a: { colour: OKABE_ITO.blue, dash: '' },
  b: { colour: OKABE_ITO.vermillion, dash: '6 3' },
  difference: { colour: OKABE_ITO.black, dash: '' },
} as const;

/** Tiers in vocabulary order (central, combined, local). */
export const TIER_COLOURS = [OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.bluishGreen] as const;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
