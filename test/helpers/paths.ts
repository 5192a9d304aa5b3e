// Where the tests find the repository and the shared material beside it: one definition for every suite.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file holding the engine's sources (out/ may hold a package.json copy). */
export const REPO_ROOT = ((): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'server', 'src', 'core', 'index.ts'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
})();

/** `../shared` beside the repository (the spec, the sample leaderboard, the Hugging Face lists), which may be absent. */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

/** The sample leaderboard repository (`../shared/cards`) and its cards (`models/`). */
export const SHARED_REPO = path.join(SHARED, 'cards');
export const SHARED_CARDS = path.join(SHARED_REPO, 'models');
