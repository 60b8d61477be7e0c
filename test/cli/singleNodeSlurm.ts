import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * A Slurm of one node on localhost for a test: its own munge key and socket, its own slurm.conf,
 * state and ports, so it touches nothing of the machine's. Daemons run in the foreground as
 * children of the test and are stopped by their PIDs (never by name). Needs root (SlurmUser=root,
 * and slurmd runs jobs as their submitter), and Debian's slurm-wlm and munge.
 */
export class SingleNodeSlurm {
  private readonly daemons: { name: string; child: ChildProcess }[] = [];
  readonly env: NodeJS.ProcessEnv;

  constructor(
    readonly dir: string,
    readonly cpus: number,
  ) {
    this.env = { ...process.env, SLURM_CONF: join(dir, 'slurm.conf') };
  }

  /** Starts munged, slurmctld and slurmd, and waits (up to `timeoutMs`) until the node is idle. */
  async start(timeoutMs: number): Promise<void> {
    if (process.getuid?.() !== 0) throw new Error('the Slurm test starts slurmctld and slurmd, which need root: run it as root (as CI does)');
    const d = this.dir;
    for (const sub of ['munge', 'state', 'spool', 'log']) mkdirSync(join(d, sub), { recursive: true });
    chmodSync(join(d, 'munge'), 0o711);
    const key = join(d, 'munge', 'munge.key');
    run('/usr/sbin/mungekey', ['--create', `--keyfile=${key}`]);
    chmodSync(key, 0o600);
    const socket = join(d, 'munge', 'socket');
    this.daemon('munged', '/usr/sbin/munged', ['-F', '-f', `--socket=${socket}`, `--key-file=${key}`, `--pid-file=${join(d, 'munge', 'pid')}`, `--log-file=${join(d, 'log', 'munged.log')}`, `--seed-file=${join(d, 'munge', 'seed')}`]);
    // Ports of this test's own, away from Slurm's 6817/6818 and from another run of this test.
    const port = 20_000 + 2 * (process.pid % 10_000);
    const host = hostname();
    writeFileSync(
      this.env.SLURM_CONF!,
      [
        'ClusterName=capflowtest',
        `SlurmctldHost=${host}(127.0.0.1)`,
        `SlurmctldPort=${port}`,
        `SlurmdPort=${port + 1}`,
        'AuthType=auth/munge',
        'CredType=cred/munge',
        `AuthInfo=socket=${socket}`,
        'SlurmUser=root',
        'SlurmdUser=root',
        `StateSaveLocation=${join(d, 'state')}`,
        `SlurmdSpoolDir=${join(d, 'spool')}`,
        `SlurmctldPidFile=${join(d, 'slurmctld.pid')}`,
        `SlurmdPidFile=${join(d, 'slurmd.pid')}`,
        `SlurmctldLogFile=${join(d, 'log', 'slurmctld.log')}`,
        `SlurmdLogFile=${join(d, 'log', 'slurmd.log')}`,
        // No cgroups: a container may not delegate them, and a test needs no confinement.
        'ProctrackType=proctrack/linuxproc',
        'TaskPlugin=task/none',
        'SelectType=select/cons_tres',
        'SelectTypeParameters=CR_CPU',
        'MpiDefault=none',
        'ReturnToService=2',
        'JobAcctGatherType=jobacct_gather/none',
        'AccountingStorageType=accounting_storage/none',
        'SchedulerType=sched/builtin',
        'InactiveLimit=0',
        'KillWait=5',
        `NodeName=${host} NodeAddr=127.0.0.1 CPUs=${this.cpus} State=UNKNOWN`,
        'PartitionName=capflow Nodes=ALL Default=YES MaxTime=INFINITE State=UP',
      ].join('\n') + '\n',
    );
    await waitFor(() => spawnSync('/usr/bin/munge', ['-n', `--socket=${socket}`], { stdio: 'ignore' }).status === 0, () => 'munged to answer', timeoutMs);
    this.daemon('slurmctld', '/usr/sbin/slurmctld', ['-D', '-f', this.env.SLURM_CONF!]);
    this.daemon('slurmd', '/usr/sbin/slurmd', ['-D', '-f', this.env.SLURM_CONF!]);
    await waitFor(() => this.sinfo() === 'idle', () => `the node to be idle (sinfo says "${this.sinfo()}")\n${this.logs()}`, timeoutMs);
  }

  /** The node's state as sinfo reports it ("idle", "mixed", ...), or "" while slurmctld is not answering. */
  sinfo(): string {
    const r = spawnSync('/usr/bin/sinfo', ['-h', '-o', '%T'], { env: this.env, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '';
  }

  /** Stops every daemon this started, by its PID (SIGTERM, then SIGKILL after `graceMs`), and waits for each to exit. */
  async stop(graceMs = 10_000): Promise<void> {
    for (const { child } of [...this.daemons].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      process.kill(child.pid!, 'SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(child.pid!, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }
  }

  /** What the daemons logged, for a failure's message. */
  logs(): string {
    return ['slurmctld.log', 'slurmd.log', 'munged.log']
      .map((f) => {
        try {
          return `--- ${f}\n${readFileSync(join(this.dir, 'log', f), 'utf8').split('\n').slice(-15).join('\n')}`;
        } catch {
          return `--- ${f}: none`;
        }
      })
      .join('\n');
  }

  private daemon(name: string, command: string, args: string[]): void {
    const child = spawn(command, args, { env: this.env, stdio: 'ignore' });
    child.on('error', () => {});
    this.daemons.push({ name, child });
  }
}

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
}

async function waitFor(ok: () => boolean, what: () => string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
