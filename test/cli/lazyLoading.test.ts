// Start-up depends on what each command loads before it runs (issue 13: --help and validate in at
// most 0.15 s). cli/main.ts imports every command on demand; these check, in esbuild's account of
// the compiled build (build/cli/metafile.json, rebuilt by the test set-up when stale), that no
// static import undoes that: --help must not load zod, the kernel or any command, and validate
// must load the schema but not the kernel.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

interface Output {
  /** The module a file was made for: an entry point, or the target of an `import()`. */
  entryPoint?: string;
  imports: { path: string; kind: string; external?: boolean }[];
  inputs: Record<string, unknown>;
}

const outputs = new Map<string, Output>(
  Object.entries((JSON.parse(readFileSync(join(ROOT, 'build', 'cli', 'metafile.json'), 'utf8')) as { outputs: Record<string, Output> }).outputs).map(
    ([path, output]) => [basename(path), output],
  ),
);

/** Every source file that loading `file` evaluates before anything is imported on demand. */
function loadedWith(file: string): string[] {
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const i of outputs.get(name)!.imports) if (i.kind === 'import-statement' && !i.external) queue.push(basename(i.path));
  }
  return [...seen].flatMap((name) => Object.keys(outputs.get(name)!.inputs));
}

const fileMadeFor = (source: string) => [...outputs].find(([, o]) => o.entryPoint === source)![0];

describe('what a command loads at start-up', () => {
  it('capflow --help loads no command, no zod and no kernel', () => {
    const loaded = loadedWith(fileMadeFor('cli/main.ts'));
    expect(loaded).toContain('cli/main.ts');
    expect(loaded.filter((f) => /\/zod\/|sim\/model\/|cli\/commands\//.test(f))).toEqual([]);
  });

  it('capflow validate loads the scenario schema and zod but not the kernel', () => {
    const loaded = loadedWith(fileMadeFor('cli/commands/validate.ts'));
    expect(loaded).toContain('sim/scenario/schema.ts');
    expect(loaded.some((f) => /\/zod\//.test(f))).toBe(true);
    expect(loaded.filter((f) => f.startsWith('sim/model/'))).toEqual([]);
  });
});
