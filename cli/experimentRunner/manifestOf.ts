import { dateOfTick } from '../../sim/model/compile.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import { SCENARIO_SCHEMA_VERSION, type Manifest, type WrittenFile } from '../manifest.ts';
import { programVersion, sourceState } from '../provenance.ts';
import { experimentRecord, type Experiment } from './experiment.ts';
import type { Provenance } from './pipeline.ts';

/** The manifest of an output folder (a finished experiment, or one shard of it) holding `files`. */
export function manifestOf(e: Experiment, p: Provenance, files: Record<string, WrittenFile>, shard: { k: number; n: number } | null, seconds: number): Manifest {
  const input = e.inputs[e.runs[0].inputId];
  const scenario = validateScenario(e.labels[0], input).scenario!;
  const d = e.details;
  const replicates = [...new Set(e.runs.map((r) => r.replicate))].sort((a, b) => a - b);
  return {
    program: { name: 'capflow', version: programVersion(), ...sourceState(), node: process.version, platform: `${process.platform}-${process.arch}` },
    command: p.command,
    workingFolder: process.cwd(),
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    kind: e.kind,
    scenarioFile: p.sources[0]?.file ?? '',
    extendsChain: p.sources[0]?.extendsChain ?? [],
    edits: p.edits,
    sources: p.sources,
    seed: d.seed,
    replicates: replicates.map((replicate) => ({ replicate, seed: d.seed })),
    ticks: d.ticks,
    start: scenario.start,
    end: dateOfTick(scenario.start, d.ticks),
    officials: p.officials,
    memoryEstimateBytes: p.memoryEstimateBytes,
    workers: p.workers,
    shard,
    started: p.started.toISOString(),
    finished: new Date().toISOString(),
    runSeconds: Number(seconds.toFixed(3)),
    files,
    input,
    scenario,
    experiment: experimentRecord(e, shard ?? undefined),
    ...('posterior' in d && d.posterior ? { posterior: d.posterior } : {}),
  };
}
