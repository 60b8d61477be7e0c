// The shipped scenario files as the playground bundles them: "/scenarios/…" → text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function shippedScenarioFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'schema') walk(path);
      } else if (name.endsWith('.json')) out['/' + relative(ROOT, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(join(ROOT, 'scenarios'));
  return out;
}
