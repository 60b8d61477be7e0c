export * from './vocabulary.ts';
export * from './param.ts';
export * from './schema.ts';
export * from './problems.ts';
export * from './parseJson.ts';
export * from './merge.ts';
export * from './resolve.ts';
export * from './setPath.ts';
