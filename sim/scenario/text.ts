import { z } from 'zod';

/** The refused characters as regular-expression ranges, so the playground's copy guard can extend the same set. */
export const UNSAFE_RANGES = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

/**
 * Text a scenario file may carry: a title, a description, a name, a source. Control characters
 * (C0, DEL and C1), line and paragraph separators and bidi overrides and isolates are refused:
 * scenario text is copied into shell commands (the playground's "Copy CLI command"), CSV cells and
 * terminals, where a newline ends a comment and runs the next line, a tab adds a column, and a
 * bidi override shows text other than what is there (Boucher & Anderson 2021, "Trojan Source",
 * https://trojansource.codes). The ranges are Unicode's Cc category and the explicit directional
 * formatting characters of UAX #9 (https://www.unicode.org/reports/tr9/#Explicit_Directional_Overrides).
 */
export const UNSAFE_CHARACTERS = new RegExp(`[${UNSAFE_RANGES}]`);

const UNSAFE_ALL = new RegExp(UNSAFE_CHARACTERS.source, 'g');

/**
 * Text with each of UNSAFE_CHARACTERS written as a `\uXXXX` escape, for echoing what a file holds
 * (a key in a problem's path) to a terminal or page, where an escape sequence could clear the
 * screen or a bidi override reorder the line.
 */
export function printable(s: string): string {
  return s.replace(UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A string of at most `max` characters with none of UNSAFE_CHARACTERS. */
export function text(max: number) {
  return z
    .string()
    .max(max)
    .regex(
      new RegExp(`^[^${UNSAFE_RANGES}]*$`),
      'control characters, line or paragraph separators and bidi controls are not allowed (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029, U+202A–U+202E, U+2066–U+2069)',
    );
}

/** Lengths that leave room for any real scenario (the shipped ones use at most a tenth). */
export const MAX_NAME = 200;
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 20_000;
export const MAX_PROVENANCE = 5_000;
