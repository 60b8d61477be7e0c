/** Pure run design: run identities and content ids, counterfactual inputs, and moments streamed over runs (no I/O, so the CLI and the playground share them). */
export * from './canonicalJson.ts';
export * from './contentId.ts';
export * from './counterfactual.ts';
export * from './moments.ts';
export * from './runSpec.ts';
