import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../cli/args.ts';
import { CliError } from '../../cli/cliError.ts';
import { EXIT } from '../../cli/exitCodes.ts';

const years = (text: string | undefined) => wholeNumber('years', text, 1, 50, 'usage');

function refusal(text: string): CliError {
  try {
    years(text);
  } catch (err) {
    return err as CliError;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('a whole-number flag', () => {
  it('reads plain decimal digits, leading zeros included, and nothing when the flag is absent', () => {
    expect(years('10')).toBe(10);
    expect(years('050')).toBe(50);
    expect(years(undefined)).toBeUndefined();
    expect(wholeNumber('seed', '4294967295', 0, 2 ** 32 - 1, 'usage')).toBe(4294967295);
  });

  it.each(['1e1', '0x1', '0b1', '0o7', '1.0', '2.5', '+3', '-0', ' 5', '5 ', '', ' ', 'Infinity', 'NaN', '1_0', '５'])(
    'refuses "%s" as a usage error naming the flag and its range',
    (text) => {
      const err = refusal(text);
      expect(err).toBeInstanceOf(CliError);
      expect(err.exitCode).toBe(EXIT.invalid);
      expect(err.message).toBe(`--years must be a whole number from 1 to 50, got "${text}"`);
      expect(err.usage).toBe('usage');
    },
  );

  it('refuses digits outside the range, however many', () => {
    expect(refusal('0').message).toMatch(/from 1 to 50/);
    expect(refusal('51').message).toMatch(/from 1 to 50/);
    expect(refusal('9'.repeat(400)).message).toMatch(/from 1 to 50/);
  });
});
