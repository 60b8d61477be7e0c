export * from './canonicalJson.ts';
export * from './contentId.ts';
export * from './counterfactual.ts';
export * from './moments.ts';
export * from './runSpec.ts';
export * from './vary.ts';
