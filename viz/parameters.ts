// The settings moved to sim/scenario/settings.ts, shared with `capflow params`; the playground's
// modules still import them from here until they are pointed there.
export * from '../sim/scenario/settings.ts';
