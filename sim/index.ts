export * from './scenario/index.ts';
export * from './random/index.ts';
export * from './model/index.ts';
