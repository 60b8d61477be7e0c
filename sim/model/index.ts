export * from './compile.ts';
export * from './metrics.ts';
export * from './run.ts';
export * from './schedule.ts';
export * from './simulation.ts';
export * from './world.ts';
export * from './invariants.ts';
