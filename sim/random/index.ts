export * from './hash.ts';
export * from './streams.ts';
export * from './beta.ts';
