import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * capflow's package root: the nearest folder above this module that holds a package.json. Found by
 * looking, not by a fixed `..`, because this module runs both from its source in cli/ and from the
 * compiled bundle in build/cli/ (scripts/buildCli.mjs), one folder deeper.
 */
export const PACKAGE_ROOT = nearestPackageFolder(dirname(fileURLToPath(import.meta.url)));

function nearestPackageFolder(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`capflow: no package.json above ${from}`);
  }
}
