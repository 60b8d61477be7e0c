/** Pure run design: run identities and content ids, counterfactual inputs, and moments streamed over runs. No I/O: the CLI runs and writes them. */
export * from './canonicalJson.ts';
export * from './contentId.ts';
export * from './counterfactual.ts';
export * from './moments.ts';
export * from './runSpec.ts';
