// The CLI inside a fictional leaderboard repository: check in every format, fix across files, tables.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';
import { REPO_ROOT } from '../helpers/paths';
import { cardPath, cardText, cleanRepository, HERON, labPage, labRow, writeRepository } from './helpers/leaderboard';

const HERON_PATH = cardPath(HERON);

/** A repository with a stale ALScore cell, a wrong count and a card file not named by its title. */
function faulty(): string {
  const files = cleanRepository();
  files.set('labs/acme.md', (files.get('labs/acme.md') ?? '').replace('| 8.0B | Dense | 0.4 |', '| 8.0B | Dense | 0.9 |').replace('**Total Models:** 2', '**Total Models:** 5'));
  const text = files.get(HERON_PATH) ?? '';
  files.delete(HERON_PATH);
  files.set('models/acme/heron.md', text);
  for (const p of ['labs/acme.md', 'rankings/by-date.md']) files.set(p, (files.get(p) ?? '').split('acme/heron-8b.md').join('acme/heron.md'));
  return writeRepository(files);
}

void describe('modelcard in a leaderboard repository', () => {
  void it('check: a clean repository has no findings; a faulty one reports them in every format', async () => {
    const clean = writeRepository(cleanRepository());
    const ok = await run(['check', '.'], clean);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /no problems/);

    const root = faulty();
    const text = await run(['check', '.'], root);
    assert.equal(text.code, 0); // warnings only
    assert.match(text.stdout, /labs\/acme\.md:11:\d+ warning table-row-mismatch ALScore `0\.9` contradicts models\/acme\/heron\.md \(`0\.4`\)/);
    assert.match(text.stdout, /models\/acme\/heron\.md:1:3 warning file-name-mismatch/);
    const json = JSON.parse((await run(['check', '.', '--format', 'json'], root)).stdout) as { files: { path: string; format: string; diagnostics: { rule: string }[] }[] };
    const page = json.files.find((f) => f.path === 'labs/acme.md');
    assert.equal(page?.format, 'page');
    assert.deepEqual(page?.diagnostics.map((d) => d.rule), ['table-row-mismatch']);
    const sarif = JSON.parse((await run(['check', '.', '--format', 'sarif'], root)).stdout) as { runs: { results: { ruleId: string }[] }[] };
    assert.deepEqual(sarif.runs[0]?.results.map((r) => r.ruleId).sort(), ['file-name-mismatch', 'table-row-mismatch']);
    const github = await run(['check', '.', '--format', 'github'], root);
    assert.match(github.stdout, /::warning file=labs\/acme\.md,line=11,.*table-row-mismatch/);
    const off = await run(['check', '.', '--no-repository'], root);
    assert.doesNotMatch(off.stdout, /table-row-mismatch|file-name-mismatch/);
    // A path inside the repository finds its root; only that path's files are reported.
    const inside = await run(['check', 'labs'], root);
    assert.match(inside.stdout, /table-row-mismatch/);
    assert.doesNotMatch(inside.stdout, /file-name-mismatch/);
  });

  void it('a page made from the cards, named explicitly, is checked and fixed as a page, never as a card', async () => {
    const root = faulty();
    const checked = await run(['check', 'labs/acme.md', 'rankings/by-date.md'], root);
    assert.match(checked.stdout, /labs\/acme\.md:11:\d+ warning table-row-mismatch/);
    assert.doesNotMatch(checked.stdout, /missing-field|missing-section|:\d+:\d+ (information|hint) /);
    const before = fs.readFileSync(path.join(root, 'rankings/by-date.md'), 'utf8');
    await run(['fix', 'rankings/by-date.md'], root);
    // No card field or section is added to the ranking; its rows link the card by its current name.
    assert.equal(fs.readFileSync(path.join(root, 'rankings/by-date.md'), 'utf8'), before);
  });

  void it('fix: rewrites the cell, renames the card and rewrites the links to it', async () => {
    const root = faulty();
    const out = await run(['fix', '.'], root);
    assert.match(out.stdout, /fixed models\/acme\/heron\.md → models\/acme\/heron-8b\.md/);
    assert.ok(fs.existsSync(path.join(root, HERON_PATH)));
    assert.ok(!fs.existsSync(path.join(root, 'models/acme/heron.md')));
    const lab = fs.readFileSync(path.join(root, 'labs/acme.md'), 'utf8');
    assert.match(lab, /\| \[Heron 8B\]\(\.\.\/models\/acme\/heron-8b\.md\) \| 8\.0B \| Dense \| 0\.4 \|/);
    assert.match(fs.readFileSync(path.join(root, 'rankings/by-date.md'), 'utf8'), /acme\/heron-8b\.md/);
    const again = await run(['check', '.'], root);
    assert.match(again.stdout, /no problems/);
  });

  void it('fix never renames when a file linking the card is outside the paths given', async () => {
    const root = faulty();
    const out = await run(['fix', 'models'], root);
    assert.ok(fs.existsSync(path.join(root, 'models/acme/heron.md')));
    assert.ok(out.stderr.some((l) => /not renamed: .*outside the paths given/.test(l)), out.stderr.join('\n'));
  });

  void it('tables --check lists stale rows and counts; --write rewrites only them', async () => {
    const root = faulty();
    const before = fs.readFileSync(path.join(root, 'labs/acme.md'), 'utf8');
    const check = await run(['tables', '--check', root], root);
    assert.equal(check.code, 1);
    assert.match(check.stdout, /labs\/acme\.md:3 stale count: Total Models: 5 → 2/);
    assert.match(check.stdout, /labs\/acme\.md:11 stale row: ALScore 0\.9 → 0\.4 \(models\/acme\/heron\.md\)/);
    const write = await run(['tables', '--write'], root);
    assert.equal(write.code, 0);
    const after = fs.readFileSync(path.join(root, 'labs/acme.md'), 'utf8');
    assert.equal(after, before.replace('**Total Models:** 5', '**Total Models:** 2').replace('| Dense | 0.9 |', '| Dense | 0.4 |'));
    assert.equal((await run(['tables', '--check'], root)).code, 0);
    const outside = await run(['tables', '--check'], path.dirname(root));
    assert.equal(outside.code, 2);
    assert.equal((await run(['tables'], root)).code, 2);
  });
});

void describe('modelcard check in a repository on worker threads', () => {
  void it('gives the same findings with --jobs 2 and 3 as with --jobs 1, the workers\' cards included', () => {
    // 330 cards (enough for two workers), with faults only the repository rules see spread through them:
    // a card not named by its title, an Organization link to another lab, a stale row, a broken link.
    const files = cleanRepository();
    const rows: string[] = [];
    for (let i = 0; i < 330; i++) {
      const spec = { ...HERON, title: `Heron ${i} 8B` };
      let text = cardText(spec);
      if (i % 41 === 5) text = text.replace('../../labs/acme.md', '../../labs/globex.md');
      if (i % 53 === 7) text = text.replace('## 📊 Overview', '## 📊 Overview\n\nSee [the notes](../../notes/missing.md).');
      if (i % 59 === 3) text = text.replace('# Heron', '<!-- modelcard-disable-next-line file-name-mismatch -->\n# Heron');
      const name = i % 37 === 11 ? `models/acme/heron-copy-${i}.md` : cardPath(spec);
      files.set(name, text);
      const row = labRow(spec, name);
      rows.push(i % 43 === 9 ? row.replace('| 0.4 |', '| 0.9 |') : row);
    }
    files.set('rankings/many.md', labPage('Many', rows, 330, 330));
    const root = writeRepository(files);
    const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
    const out = (jobs: string): string => spawnSync(process.execPath, [cli, 'check', '.', '--format', 'json', '--jobs', jobs], { cwd: root, encoding: 'utf8' }).stdout;
    const one = out('1');
    const rules = (JSON.parse(one) as { files: { diagnostics: { rule: string }[] }[] }).files.flatMap((f) => f.diagnostics.map((d) => d.rule));
    for (const rule of ['file-name-mismatch', 'organization-folder-mismatch', 'table-row-mismatch', 'broken-link']) assert.ok(rules.includes(rule), `${rule} is found`);
    assert.equal(out('2'), one);
    assert.equal(out('3'), one);
  });
});
