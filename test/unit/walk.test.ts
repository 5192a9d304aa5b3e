// The shared folder walk (server/src/node/walk.ts) that both `modelcard check` and Check Workspace use.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { collectFiles } from '../../server/src/node/walk';

let dir: string;
const write = (rel: string, text = '# x\n'): void => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-walk-'));
  for (const rel of ['b.md', 'a-b.md', 'a/b.md', 'Z.MD', 'notes.txt', 'sub/c.md', 'sub/deeper/d.md', '.hidden/x.md', 'node_modules/pkg/y.md', 'sub/.github/z.md']) write(rel);
  // A link back to the parent: the walk must end, and visit each folder once.
  fs.symlinkSync('..', path.join(dir, 'sub', 'loop'), 'junction');
  fs.symlinkSync(path.join(dir, 'missing'), path.join(dir, 'dangling'), 'junction');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

void describe('the shared folder walk', () => {
  void it('skips hidden folders and node_modules, ends on a symlink loop, and orders names by code unit', () => {
    const r = collectFiles(['.'], dir);
    assert.deepEqual(r.files.map((f) => f.display), ['Z.MD', 'a/b.md', 'a-b.md', 'b.md', 'sub/c.md', 'sub/deeper/d.md']);
    assert.deepEqual(r.errors, []);
    assert.ok(r.files.every((f) => !f.explicit && f.abs === path.join(dir, f.display)));
  });

  void it('gives the same files in the same order on every walk, and each file once across overlapping roots', () => {
    const once = collectFiles([dir], dir).files.map((f) => f.abs);
    assert.deepEqual(collectFiles([dir], dir).files.map((f) => f.abs), once);
    assert.deepEqual(collectFiles([dir, path.join(dir, 'sub')], dir).files.map((f) => f.abs), once);
  });

  void it('stops at the limit, keeping the first files of the walk', () => {
    const all = collectFiles([dir], dir).files.map((f) => f.display);
    assert.deepEqual(collectFiles([dir], dir, { limit: 3 }).files.map((f) => f.display), all.slice(0, 3));
    assert.deepEqual(collectFiles([dir], dir, { limit: 1 }).files.map((f) => f.display), all.slice(0, 1));
    assert.deepEqual(collectFiles([dir], dir, { limit: 100 }).files.map((f) => f.display), all);
  });
});
