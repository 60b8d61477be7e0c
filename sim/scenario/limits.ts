/**
 * Limits on what a scenario file may be, so hostile or broken input is refused with a problem
 * instead of exhausting the stack, memory or the calendar. Each is far above what a real scenario
 * needs (the shipped files nest 6 deep, extend 2 files and weigh under 16 KB); README "Limits on
 * scenario files" lists them for users.
 */

/** Arrays and objects inside one another; parsers and tree walks recurse once per level. */
export const MAX_JSON_DEPTH = 64;

/** Files in one `extends` chain, the requested file included. */
export const MAX_EXTENDS_DEPTH = 32;

/** Bytes of one scenario file (checked by the CLI before reading it). */
export const MAX_SCENARIO_BYTES = 16 * 1024 * 1024;

/**
 * Years a date ("YYYY-MM") may name. With at most 50 years of run and 20 of warm-up, every date a
 * run writes (1880 to 2250) keeps four digits.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
