export * from './renderOdd.ts';
export * from './renderEvidence.ts';
export * from './schemaWalk.ts';
export * from './collapseVariants.ts';
export * from './docComment.ts';
