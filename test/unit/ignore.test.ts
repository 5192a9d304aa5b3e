// .gitignore, .modelcardignore and --ignore in the shared walk (the CLI's and Check Workspace's).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { IgnoreRules } from '../../server/src/node/ignore';
import { collectFiles } from '../../server/src/node/walk';

let dir = '';
const write = (rel: string, text = '# x\n'): void => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const walked = (paths: string[], options?: Parameters<typeof collectFiles>[2]): string[] => collectFiles(paths, dir, options).files.map((f) => f.display);

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-ignore-'));
  fs.mkdirSync(path.join(dir, '.git')); // the repository root: ignore files apply from here down
  write('.gitignore', 'build/\n*.tmp.md\n!keep.tmp.md\n');
  write('.modelcardignore', 'drafts/\n');
  for (const rel of ['a.md', 'x.tmp.md', 'keep.tmp.md', 'build/b.md', 'drafts/d.md', 'models/m.md', 'models/old/o.md', 'models/gen/g.md', 'models/gen/keep.md']) write(rel);
  // A nested .gitignore applies to its folder only, and re-includes what its parent's rules left out.
  write('models/.gitignore', 'old/\ngen/*\n!gen/keep.md\n');
  write('other/old/o.md');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

void describe('ignore files in the walk', () => {
  void it('honours .gitignore and .modelcardignore, nested files in their folder, negations', () => {
    assert.deepEqual(walked(['.']), ['a.md', 'keep.tmp.md', 'models/gen/keep.md', 'models/m.md', 'other/old/o.md']);
    const r = collectFiles(['.'], dir);
    assert.equal(r.ignoredCount, 5, 'x.tmp.md, build/, drafts/, models/old/, models/gen/g.md');
  });

  void it('applies the repository root\'s files when the walk starts below it', () => {
    assert.deepEqual(collectFiles(['.'], path.join(dir, 'models')).files.map((f) => f.display), ['gen/keep.md', 'm.md']);
    assert.deepEqual(walked(['models', 'build']), ['models/gen/keep.md', 'models/m.md']);
  });

  void it('leaves out --ignore globs (picomatch, a name without a slash at any depth)', () => {
    assert.deepEqual(walked(['.'], { ignore: { globs: ['other/**', 'm.md'] } }), ['a.md', 'keep.tmp.md', 'models/gen/keep.md']);
    assert.equal(walked(['.'], { ignore: { files: false } }).length, 10, 'every .md file');
  });

  void it('skips a named file that is ignored, saying why', () => {
    const r = collectFiles(['drafts/d.md', 'models/old/o.md', 'x.tmp.md', 'a.md'], dir);
    assert.deepEqual(r.files.map((f) => f.display), ['a.md']);
    assert.deepEqual(r.ignoredExplicit, ['drafts/d.md: ignored by .modelcardignore', 'models/old/o.md: ignored by .gitignore', 'x.tmp.md: ignored by .gitignore']);
  });

  void it('expands globs, leaving out ignored matches; a glob that matches nothing is an error', () => {
    assert.deepEqual(walked(['**/*.tmp.md']), ['keep.tmp.md']);
    assert.deepEqual(walked(['models/**/*.md']), ['models/gen/keep.md', 'models/m.md']);
    const both = collectFiles(['models', 'models/**/m.md'], dir);
    assert.deepEqual([both.files.map((f) => f.display), both.errors], [['models/gen/keep.md', 'models/m.md'], []], 'a glob into a walked folder still matches');
    const none = collectFiles(['build/*.md', 'nothing/**/*.md'], dir);
    assert.deepEqual(none.errors, ['build/*.md: no files match (1 ignored)', 'nothing/**/*.md: no files match']);
  });

  void it('expands an absolute glob, and survives a pathological .gitignore line', () => {
    assert.deepEqual(walked([`${dir.split(path.sep).join('/')}/models/*.md`]), ['models/m.md']);
    const deep = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-ignore-deep-'));
    try {
      fs.writeFileSync(path.join(deep, '.gitignore'), `${'**/'.repeat(1000)}x.md\n${'*a'.repeat(30)}b\n`);
      fs.mkdirSync(path.join(deep, 'a'.repeat(60)));
      fs.writeFileSync(path.join(deep, 'a'.repeat(60), 'x.md'), '# x\n');
      fs.writeFileSync(path.join(deep, 'a'.repeat(60), 'y.md'), '# y\n');
      const start = Date.now();
      assert.deepEqual(collectFiles(['.'], deep).files.map((f) => path.basename(f.display)), ['y.md']);
      assert.ok(Date.now() - start < 2000);
    } finally {
      fs.rmSync(deep, { recursive: true, force: true });
    }
  });

  void it('reads each folder\'s ignore files once across walks', () => {
    const reads = new Map<string, number>();
    const original = fs.readFileSync;
    const counting = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof file === 'string' && /ignore$/.test(file)) reads.set(file, (reads.get(file) ?? 0) + 1);
      return (original as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync;
    // The module object itself: every importer reads readFileSync from it at call time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const real = require('fs') as { readFileSync: typeof fs.readFileSync };
    real.readFileSync = counting;
    try {
      const rules = new IgnoreRules(dir);
      collectFiles(['.'], dir, { ignore: rules });
      collectFiles(['models', 'models/m.md', '**/*.md'], dir, { ignore: rules });
    } finally {
      real.readFileSync = original;
    }
    assert.ok(reads.size >= 3, [...reads.keys()].join(', '));
    for (const [file, n] of reads) assert.equal(n, 1, file);
  });
});
