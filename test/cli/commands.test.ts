import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capflow, fixture, ROOT, type Ran } from './helpers.ts';
import { didYouMean } from '../../cli/args.ts';
import { help as runHelp } from '../../cli/commands/run.ts';

const COMMANDS = ['run', 'validate', 'schema', 'compare', 'sweep', 'calibrate', 'sensitivity', 'merge', 'regress'];
/** Spawned with --help; the experiment commands' help goes through the same path and is checked in-process. */
const SPAWNED_HELP = ['run', 'validate', 'schema'];

// Every process this file needs, spawned together (each pays a whole capflow start-up).
let schema: Ran;
let version: Ran;
let help: Ran;
let unknownOption: Ran;
let noScenario: Ran;
let badReps: Ran;
let unknownCommand: Ran;
let noCommand: Ran;
let noFiles: Ran;
let gridSamples: Ran;
let badShard: Ran;
let helps: Ran[];

beforeAll(async () => {
  [schema, version, help, unknownOption, noScenario, badReps, unknownCommand, noCommand, noFiles, gridSamples, badShard, ...helps] = await Promise.all([
    capflow(['schema']),
    capflow(['--version']),
    capflow(['--help']),
    capflow(['run', fixture('tiny-generated.json'), '--sed', '3']),
    capflow(['run']),
    capflow(['run', fixture('tiny-generated.json'), '--reps', 'two']),
    capflow(['rnu']),
    capflow([]),
    capflow(['validate']),
    capflow(['sweep', fixture('tiny-generated.json'), '--vary', 'funding.renewalProbability=0,1', '--samples', '5']),
    capflow(['compare', fixture('tiny-generated.json'), fixture('tiny-generated.json'), '--shard', '3/2']),
    ...SPAWNED_HELP.map((c) => capflow([c, '--help'])),
  ]);
});

describe('capflow schema', () => {
  it('prints the JSON Schema of scenarios as valid JSON, as committed', () => {
    expect(schema.code).toBe(0);
    const parsed = JSON.parse(schema.stdout);
    expect(parsed.$schema).toMatch(/^https:\/\/json-schema\.org\//);
    expect(parsed.properties.organisations).toBeDefined();
    expect(schema.stdout).toBe(readFileSync(join(ROOT, 'scenarios/schema/scenario.schema.json'), 'utf8'));
  });
});

describe('help and version', () => {
  it('prints the version from package.json', () => {
    expect(version.stdout).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version + '\n');
  });

  it('lists every command and the exit codes in capflow --help', () => {
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    expect(help.stdout).toMatch(/^Exit codes:\n  0 +success\n  1 +invalid input.*\n( {7}.*\n)*  2 +output refused.*\n( {7}.*\n)*  3 +refused as too large.*\n  70 +internal error.*\n  130 +interrupted/m);
  });

  it('summarises evidence as the suite classes its claims, emergent or structural, not as all emerging', () => {
    expect(help.stdout).toMatch(/^  evidence +run the validation suite: which claims it reproduces \(emergent or structural\)$/m);
  });

  it('lists in the README the very exit codes capflow exits with', async () => {
    const { EXIT } = await import('../../cli/exitCodes.ts');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = [...readme.matchAll(/^\| (\d+) \| /gm)].map((m) => Number(m[1]));
    expect(table).toEqual(Object.values(EXIT));
    const listed = [...help.stdout.matchAll(/^  (\d+) {2,}\S/gm)].map((m) => Number(m[1]));
    expect(listed).toEqual(Object.values(EXIT));
  });

  it('answers <command> --help with the command\'s usage', () => {
    helps.forEach((h, i) => {
      expect(h.code, SPAWNED_HELP[i]).toBe(0);
      expect(h.stdout, SPAWNED_HELP[i]).toMatch(new RegExp(`^Usage: capflow ${SPAWNED_HELP[i]}\\b`));
    });
    expect(helps[0].stdout).toMatch(/^Exit codes:/m);
  });

  it('has help for every command', async () => {
    for (const c of COMMANDS) {
      const module = await import(`../../cli/commands/${c}.ts`);
      expect(module.help, c).toMatch(new RegExp(`^Usage: capflow ${c}\\b`));
    }
  });
});

describe('bad command lines exit 1 with a message and the usage', () => {
  it('an unknown option', () => {
    expect(unknownOption.code).toBe(1);
    expect(unknownOption.stderr).toMatch(/^capflow run: unknown option --sed; did you mean --seed or --set\?\nUsage: capflow run <scenario.json>/);
    expect(unknownOption.stdout).toBe('');
  });

  it('a near miss of an option is answered with the options it may have meant, from the usage; a far one with none', () => {
    expect(didYouMean('--rep', runHelp)).toBe('; did you mean --reps?');
    expect(didYouMean('--worker=2', runHelp)).toBe('; did you mean --workers?');
    expect(didYouMean('--zzz', runHelp)).toBe('');
  });

  it('a missing scenario', () => {
    expect(noScenario.code).toBe(1);
    expect(noScenario.stderr).toMatch(/^capflow run: name a scenario file to run\nUsage: capflow run/);
  });

  it('a flag value that is not a whole number', () => {
    expect(badReps.code).toBe(1);
    expect(badReps.stderr).toMatch(/--reps must be a whole number from 1 to 100000, got "two"/);
  });

  it('an unknown command, or none', () => {
    expect(unknownCommand.code).toBe(1);
    expect(unknownCommand.stderr).toMatch(/unknown command "rnu"\nUsage: capflow <command>/);
    expect(noCommand.code).toBe(1);
    expect(noCommand.stderr).toMatch(/name a command/);
  });

  it('--samples on a grid sweep, which has no samples', () => {
    expect(gridSamples.code).toBe(1);
    expect(gridSamples.stderr).toMatch(/^capflow sweep: --samples is the size of a Latin hypercube: give it with --design lhs/);
  });

  it('a --shard that is not k/n with k <= n', () => {
    expect(badShard.code).toBe(1);
    expect(badShard.stderr).toMatch(/^capflow compare: --shard takes k\/n with 1 <= k <= n, e\.g\. --shard 2\/8, got "3\/2"\nUsage: capflow compare/);
  });

  it('validate with no files', () => {
    expect(noFiles.code).toBe(1);
    expect(noFiles.stderr).toMatch(/Usage: capflow validate/);
  });
});
