/**
 * POSIX-style path arithmetic for bundled scenario files ("/scenarios/base/uk.json"), so `extends`
 * resolves in the browser exactly as the CLI resolves it on disk, without node:path.
 */
export function joinScenarioPath(fromFile: string, relative: string): string {
  if (relative.startsWith('/')) return normalise(relative);
  const dir = fromFile.slice(0, fromFile.lastIndexOf('/') + 1);
  return normalise(dir + relative);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** The id a shipped scenario goes by in URLs and the CLI: its path under scenarios/, without ".json". */
export function scenarioId(file: string): string {
  return file.replace(/^\/scenarios\//, '').replace(/\.json$/, '');
}
