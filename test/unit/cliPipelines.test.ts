// The CLI in pipelines, end to end on dist/cli.js: --format github, --stdin, globs, ignore files,
// init, the edges (no cards, --quiet --max-warnings, config errors, binary files, write errors).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { escapeData, escapeProperty } from '../../server/src/cli/formatGithub';
import { run as runInProcess } from '../../server/src/cli/main';
import { oneLine } from '../../server/src/cli/outcome';
import { writeOps } from '../../server/src/node/write';
import { fixture, REPO_ROOT } from './helpers/cards';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const CLEAN = fixture('seed.md');
const AL = '- **ALScore:** 4.0 (Mid-tier)';
const BROKEN = CLEAN.replace(AL, '- **ALScore:** 5.0 (Powerful)');
// Not a card by content: a walk leaves it out.
const NOTES = '# Notes\n\nNothing about a model.\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
const write = (rel: string, text: string | Buffer): void => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const at = (rel: string): string => path.join(dir, rel);

before(() => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build before the tests`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-pipelines-'));
  write('repo/.modelcardignore', 'models/drafts/\n');
  write('repo/.gitignore', 'generated/\n');
  write('repo/models/a.md', CLEAN);
  write('repo/models/b.md', BROKEN);
  write('repo/models/drafts/d.md', BROKEN);
  write('repo/generated/g.md', BROKEN);
  write('repo/models/warn/.modelcardrc.json', JSON.stringify({ rules: { 'alscore-mismatch': 'warning', 'alscore-tier-mismatch': 'off' } }));
  write('repo/models/warn/w.md', BROKEN);
  write('notes/readme.md', NOTES);
  write('notes/more.md', NOTES);
  write('empty/.keep', '');
  write('twoerrors/.modelcardrc.json', JSON.stringify({ computeOptimalRatio: 0, rules: { 'alscore-mismatch': 'loud' } }));
  write('twoerrors/card.md', CLEAN);
  write('odd/we,ird:name.md', BROKEN);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

void describe('--format github', () => {
  void it('prints one workflow command per finding, with the rule as title and 1-based positions', () => {
    const r = run(at('repo'), ['check', 'models/b.md', '--format', 'github']);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const line = BROKEN.split('\n').findIndex((l) => l.startsWith('- **ALScore:**')) + 1;
    const col = (BROKEN.split('\n')[line - 1] ?? '').indexOf('5.0') + 1;
    assert.ok(lines.some((l) => l.startsWith(`::error file=models/b.md,line=${line},col=${col},endLine=${line},endColumn=${col + 3},title=alscore-mismatch::ALScore 5.0 does not follow`)), r.stdout);
    for (const l of lines.slice(0, -1)) assert.match(l, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
    assert.match(lines[lines.length - 1] ?? '', /^1 file checked: /);
  });

  void it('maps warnings to ::warning and escapes properties and data as the Actions toolkit does', () => {
    const w = run(at('repo'), ['check', 'models/warn/w.md', '-f', 'github']);
    assert.match(w.stdout, /^::warning file=models\/warn\/w\.md,.*title=alscore-mismatch::/m);
    const odd = run(dir, ['check', 'odd', '-f', 'github']);
    assert.match(odd.stdout, /^::error file=odd\/we%2Cird%3Aname\.md,line=/m);
    assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    assert.equal(escapeData('bell\u0007 esc\u001b[31m'), 'bell\\x07 esc\\x1b[31m');
  });
});

void describe('--stdin', () => {
  void it('checks standard input under the --stdin-filename, with that path\'s config', () => {
    const r = run(at('repo'), ['check', '--stdin', '--stdin-filename', 'models/warn/new.md', '-f', 'json'], BROKEN);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; severity: string }[] }[] };
    assert.equal(out.files[0]?.path, 'models/warn/new.md');
    assert.deepEqual(out.files[0]?.diagnostics.map((d) => `${d.rule} ${d.severity}`), ['alscore-mismatch warning']);
    const plain = run(at('repo'), ['check', '--stdin'], BROKEN);
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /^<stdin>:\d+:\d+ error alscore-mismatch /m);
  });

  void it('fix --stdin prints the fixed text, and an ignored name passes the text through', () => {
    const r = run(at('repo'), ['fix', '--stdin', '--stdin-filename', 'models/new.md'], BROKEN);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, CLEAN);
    const bom = run(at('repo'), ['fix', '--stdin'], '\uFEFF' + BROKEN);
    assert.equal(bom.stdout, '\uFEFF' + CLEAN);
    const ignored = run(at('repo'), ['fix', '--stdin', '--stdin-filename', 'models/drafts/x.md'], BROKEN);
    assert.equal(ignored.code, 0);
    assert.equal(ignored.stdout, BROKEN);
    assert.match(ignored.stderr, /models\/drafts\/x\.md: ignored by \.modelcardignore/);
    const check = run(at('repo'), ['check', '--stdin', '--stdin-filename', 'generated/x.md'], BROKEN);
    assert.equal(check.code, 0);
    assert.equal(check.stdout, '');
  });

  void it('reports binary standard input as one error', () => {
    const r = run(dir, ['check', '--stdin'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'modelcard: <stdin>: cannot be read (not a text file: it holds NUL bytes)\n');
  });
});

void describe('globs and ignore files', () => {
  void it('expands a quoted glob itself, leaving out ignored files', () => {
    const r = run(at('repo'), ['check', '**/*.md', '-f', 'json']);
    const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.deepEqual(paths, ['models/a.md', 'models/b.md', 'models/warn/w.md']);
  });

  void it('a glob or path that matches nothing is exit 2 with a message', () => {
    const r = run(at('repo'), ['check', 'cards/**/*.md']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'modelcard: cards/**/*.md: no files match\n');
    assert.equal(r.stdout, '');
    const missing = run(at('repo'), ['check', 'models/zz.md']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /models\/zz\.md: no such file or directory/);
  });

  void it('honours .gitignore, .modelcardignore and every --ignore', () => {
    const all = run(at('repo'), ['check', '-f', 'json']);
    assert.deepEqual((JSON.parse(all.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['models/a.md', 'models/b.md', 'models/warn/w.md']);
    const less = run(at('repo'), ['check', '-f', 'json', '--ignore', 'b.md', '--ignore', 'models/warn/**']);
    assert.deepEqual((JSON.parse(less.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['models/a.md']);
    const named = run(at('repo'), ['check', 'models/drafts/d.md', 'models/a.md']);
    assert.equal(named.code, 0);
    assert.match(named.stderr, /models\/drafts\/d\.md: ignored by \.modelcardignore/);
  });

  void it('refuses a glob too complex to match safely', () => {
    const r = run(at('repo'), ['check', '--ignore', '*a*a*a*a*a*b']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /glob is too complex/);
  });
});

void describe('modelcard init', () => {
  void it('writes every setting at its default with $schema, explains it, and refuses to overwrite', () => {
    write('init/card.md', CLEAN);
    const r = run(at('init'), ['init']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^wrote \.modelcardrc\.json, every setting at its default:/);
    assert.match(r.stdout, /ratioRounding/);
    const written = JSON.parse(fs.readFileSync(at('init/.modelcardrc.json'), 'utf8')) as Record<string, unknown>;
    assert.match(String(written.$schema), /modelcardrc\.schema\.json$/);
    assert.deepEqual(Object.keys(written), ['$schema', 'computeOptimalRatio', 'tiers', 'ratioRounding', 'rules', 'overrides']);
    assert.equal(run(at('init'), ['check']).code, 0, 'the written config is valid');
    fs.writeFileSync(at('init/.modelcardrc.json'), '{"rules":{}}');
    const again = run(at('init'), ['init']);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists: pass --force to overwrite it/);
    assert.equal(fs.readFileSync(at('init/.modelcardrc.json'), 'utf8'), '{"rules":{}}');
    assert.equal(run(dir, ['init', 'init', '--force']).code, 0);
    assert.notEqual(fs.readFileSync(at('init/.modelcardrc.json'), 'utf8'), '{"rules":{}}');
  });
});

void describe('CLI edges', () => {
  void it('says "no model cards found" for a folder without cards, exit 0 unless --error-on-no-cards', () => {
    const r = run(dir, ['check', 'notes']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'no model cards found (2 Markdown files looked at)\n');
    const empty = run(dir, ['check', 'empty']);
    assert.equal(empty.stdout, 'no model cards found (0 Markdown files looked at)\n');
    const strict = run(dir, ['check', 'notes', '--error-on-no-cards']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /no model cards found, and --error-on-no-cards is set/);
    const json = run(dir, ['check', 'notes', '-f', 'json']);
    assert.equal(json.code, 0);
    assert.equal((JSON.parse(json.stdout) as { files: unknown[] }).files.length, 0);
    assert.match(json.stderr, /no model cards found/);
  });

  void it('--quiet --max-warnings 0 states the warnings it does not show', () => {
    const r = run(at('repo'), ['check', 'models/warn', '--quiet', '--max-warnings', '0']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'modelcard: too many warnings: 1 warning, not shown with --quiet, more than --max-warnings 0\n');
  });

  void it('reports every error of a config, one line each', () => {
    const r = run(dir, ['check', 'twoerrors']);
    assert.equal(r.code, 2);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0] ?? '', /^modelcard: .*twoerrors[\\/]\.modelcardrc\.json: "computeOptimalRatio": /);
    assert.match(lines[1] ?? '', /"rules\.alscore-mismatch": must be one of /);
  });

  void it('labels the computed ratio in metrics', () => {
    const r = run(at('repo'), ['metrics', 'models/a.md']);
    assert.match(r.stdout, /^Token:Param ratio \(computed, rounded up\)\s+writtenRatio\s+233:1$/m);
    assert.doesNotMatch(r.stdout, /Written ratio/);
  });

  void it('makes a binary, UTF-16 or non-UTF-8 file named explicitly one clear error', () => {
    write('bin/logo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    write('bin/latin1.md', Buffer.from('# Caf\u00e9 model\n', 'latin1'));
    write('bin/utf16.md', Buffer.from('\uFEFF# Card\n', 'utf16le'));
    const r = run(at('bin'), ['check', 'logo.md', 'latin1.md', 'utf16.md']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      'modelcard: logo.md: cannot be read (not a text file: it holds NUL bytes)',
      'modelcard: latin1.md: cannot be read (not UTF-8 text)',
      'modelcard: utf16.md: cannot be read (UTF-16 text: save it as UTF-8)',
    ]);
  });

  void it('turns a write error into exit 2 and one line, never a stack trace', async () => {
    write('ro/card.md', BROKEN);
    // Root writes anywhere, so the failure is simulated where fix and init write.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const real = require('fs') as { writeFileSync: typeof fs.writeFileSync };
    const original = real.writeFileSync;
    const openForFix = writeOps.openSync;
    const denied = (file: fs.PathOrFileDescriptor): never => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES', syscall: 'open', path: String(file) });
    };
    real.writeFileSync = denied;
    writeOps.openSync = denied;
    try {
      const fix = await runInProcess(['fix', 'ro'], dir);
      assert.equal(fix.code, 2);
      assert.deepEqual(fix.stderr, ['ro/card.md: cannot be written (EACCES); the file is unchanged']);
      const init = await runInProcess(['init', 'ro'], dir);
      assert.equal(init.code, 2);
      assert.deepEqual(init.stderr, [`${at('ro/.modelcardrc.json')}: cannot open (EACCES)`]);
    } finally {
      real.writeFileSync = original;
      writeOps.openSync = openForFix;
    }
    assert.equal(oneLine(new Error('boom\n    at x (y.js:1:1)')), 'internal error: boom (set MODELCARD_DEBUG=1 for details)');
  });
});
