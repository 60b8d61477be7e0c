import { CliError } from './cliError.ts';
import { EXIT, EXIT_CODES_HELP } from './exitCodes.ts';
import { processIo, type Io } from './io.ts';
import { ioRefusal, isIoError } from './ioRefusal.ts';
import { programVersion } from './provenance.ts';

interface CommandModule {
  help: string;
  usage: string;
  execute(argv: string[], io: Io): Promise<number>;
}

/** Commands load on demand, so `--help` and `--version` answer without loading the kernel. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  run: { summary: 'run a scenario: summary on stdout, files in runs/<name>-<seed>/', load: () => import('./commands/run.ts') },
  validate: { summary: 'check scenario files and list every problem', load: () => import('./commands/validate.ts') },
  schema: { summary: 'print the JSON Schema of scenario files', load: () => import('./commands/schema.ts') },
  params: { summary: 'list the parameters --set and --vary take: value, unit, range, source', load: () => import('./commands/params.ts') },
  compare: { summary: 'compare scenarios, paired by replicate', load: () => import('./commands/compare.ts') },
  sweep: { summary: 'run a scenario over a grid or sample of parameter values', load: () => import('./commands/sweep.ts') },
  calibrate: { summary: 'find parameter values consistent with published figures (ABC-SMC)', load: () => import('./commands/calibrate.ts') },
  sensitivity: { summary: 'Morris or Sobol sensitivity of a metric to parameters', load: () => import('./commands/sensitivity.ts') },
  discover: { summary: 'find the assumptions under which a policy fails a threshold (PRIM)', load: () => import('./commands/discover.ts') },
  experiment: { summary: 'run an experiment file (any command above, as JSON; --print-experiment writes one)', load: () => import('./commands/experiment.ts') },
  merge: { summary: 'join the shard folders of an experiment', load: () => import('./commands/merge.ts') },
  regress: { summary: 'check results against committed regression baselines', load: () => import('./commands/regress.ts') },
  evidence: { summary: 'run the validation suite: which claims it reproduces (emergent or structural)', load: () => import('./commands/evidence.ts') },
};

const USAGE = 'Usage: capflow <command> [options]   (capflow --help lists the commands)';

function topHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const commands = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `capflow ${programVersion()}: simulate staff mobility (secondments, attachments, exchanges)
between tiers of government, deterministically.

Usage: capflow <command> [options]

Commands:
${commands.join('\n')}

Options:
  -h, --help     show this help; capflow <command> --help shows a command's
  -v, --version  print capflow's version

Examples:
  capflow run scenarios/japan.json
  capflow run scenarios/uk-2026.json --reps 10 --years 5 --set funding.cycleMonths=36
  capflow validate scenarios/*.json

${EXIT_CODES_HELP}
`;
}

/** `--help` anywhere among a command's options (not after `--`) asks for its help. */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs capflow with the arguments after `capflow`; resolves to the process's exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(`capflow: name a command\n${USAGE}\n`);
    return EXIT.invalid;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const about = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    io.out(about ? (await about.load()).help + '\n' : topHelp());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(programVersion() + '\n');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
    io.err(`capflow: ${what}\n${USAGE}\nCommands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT.invalid;
  }
  try {
    const module = await command.load();
    if (wantsHelp(rest)) {
      io.out(module.help + '\n');
      return EXIT.ok;
    }
    return await module.execute(rest, io);
  } catch (thrown) {
    // A file-system refusal (full disk, read-only, a file in the path) is the user's to fix, not a bug.
    const err = isIoError(thrown) ? ioRefusal(thrown) : thrown;
    if (err instanceof CliError) {
      io.err(`capflow ${name}: ${err.message}\n${err.usage ? `${err.usage}\nSee: capflow ${name} --help\n` : ''}`);
      return err.exitCode;
    }
    io.err(`capflow ${name}: internal error (a bug in capflow; please report it with the command you ran)\n${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}
