// The repository index does work in proportion to what changed: a page's parsed body is reused from the
// check's analysis, a load through updateMany reads the same repository as update file by file, and an
// edit recomputes only the rows linking the edited card (and link checks only where files came or went).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard } from '../../server/src/core';
import { createRepositoryIndex } from '../../server/src/core/repository';
import { readFile } from '../../server/src/core/repository/files';
import { linkWork } from '../../server/src/core/rules/broken-link';
import { rowWork } from '../../server/src/core/rules/tableRows';
import { byDatePage, cardPath, cardText, cleanRepository, dateRow, HERON, labPage, labRow, memoryHost, type CardSpec } from './helpers/leaderboard';

// Ten fictional cards, a lab page and a by-date page listing each of them once.
function tenCards(): { files: Map<string, string>; specs: CardSpec[] } {
  const files = new Map<string, string>();
  const specs = Array.from({ length: 10 }, (_, i): CardSpec => ({ ...HERON, title: `Sparrow ${i} 8B` }));
  for (const s of specs) files.set(cardPath(s), cardText(s));
  files.set('labs/acme.md', labPage('Acme', specs.map((s) => labRow(s)), 10, 10));
  files.set('rankings/by-date.md', byDatePage(specs.map((s) => dateRow(s)), 10));
  files.set('architectures/dense.md', '# Dense\n');
  files.set('README.md', '# Fictional Leaderboard\n\n- [Acme](labs/acme.md)\n');
  return { files, specs };
}

void describe('repository index: reuse', () => {
  void it("reuses a page's parsed body from its analysis, and parses afresh when the text differs", () => {
    const text = cleanRepository().get('labs/acme.md') ?? '';
    const analysis = analyzeCard(text);
    assert.equal(analysis.isCard, false);
    const reused = readFile('labs/acme.md', text, analysis);
    assert.equal(reused.lines, analysis.index);
    assert.ok(reused.tables.length > 0);
    const fresh = readFile('labs/acme.md', text + '\n', analysis);
    assert.notEqual(fresh.lines, analysis.index);
    assert.deepEqual(fresh.tables.map((t) => t.rows.map((r) => r.card)), reused.tables.map((t) => t.rows.map((r) => r.card)));
  });

  void it('updateMany indexes what update does, findings included', () => {
    const files = cleanRepository();
    files.set('labs/acme.md', (files.get('labs/acme.md') ?? '').replace('8.0B', '80.0B'));
    const one = createRepositoryIndex(memoryHost(files));
    for (const [p, t] of files) one.update(p, t);
    const many = createRepositoryIndex(memoryHost(files));
    many.updateMany([...files].map(([path, text]) => ({ path, text })));
    assert.deepEqual(many.paths(), one.paths());
    const findings = one.paths().flatMap((p) => one.findings(p));
    assert.ok(findings.some((f) => f.rule === 'table-row-mismatch'));
    assert.deepEqual(many.paths().flatMap((p) => many.findings(p)), findings);
  });

  void it('a card edit recomputes only the rows linking that card, and no link checks but its own', () => {
    const { files, specs } = tenCards();
    const index = createRepositoryIndex(memoryHost(files));
    index.updateMany([...files].map(([path, text]) => ({ path, text })));
    const everything = (): string[] => index.paths().flatMap((p) => index.findings(p).map((f) => `${p} ${f.rule} ${f.message}`));
    assert.deepEqual(everything(), []);
    const edited = cardPath(specs[3] ?? HERON);
    const before = { compared: rowWork.compared, collided: rowWork.collided, resolved: linkWork.resolved };
    const changed = index.update(edited, (files.get(edited) ?? '').replace('**Parameters:** 8.0B', '**Parameters:** 9.0B'));
    assert.deepEqual(changed, ['labs/acme.md', edited, 'rankings/by-date.md']);
    const found = everything();
    assert.equal(found.filter((f) => f.includes('table-row-mismatch')).length, 2);
    // Two rows link the card (one per page); its row list did not change, and no file came or went.
    assert.equal(rowWork.compared - before.compared, 2);
    assert.equal(rowWork.collided - before.collided, 0);
    assert.equal(linkWork.resolved - before.resolved, 1);
    // Findings as a fresh index reads the same files.
    const fresh = createRepositoryIndex(memoryHost(files));
    for (const [p, t] of files) fresh.update(p, p === edited ? (files.get(edited) ?? '').replace('**Parameters:** 8.0B', '**Parameters:** 9.0B') : t);
    assert.deepEqual(fresh.paths().flatMap((p) => fresh.findings(p).map((f) => `${p} ${f.rule} ${f.message}`)), found);
  });

  void it('a page edit recomputes its own rows; a file added redoes the link checks', () => {
    const { files, specs } = tenCards();
    const index = createRepositoryIndex(memoryHost(files));
    index.updateMany([...files].map(([path, text]) => ({ path, text })));
    for (const p of index.paths()) index.findings(p);
    const before = { compared: rowWork.compared, resolved: linkWork.resolved };
    index.update('labs/acme.md', `${files.get('labs/acme.md') ?? ''}
[Notes](../notes/acme.md)
`);
    for (const p of index.paths()) index.findings(p);
    assert.equal(rowWork.compared - before.compared, specs.length);
    assert.equal(linkWork.resolved - before.resolved, 1);
    assert.ok(index.findings('labs/acme.md').some((f) => f.rule === 'broken-link'));
    index.update('notes/acme.md', '# Notes\n');
    assert.equal(index.findings('labs/acme.md').some((f) => f.rule === 'broken-link'), false);
  });

  void it("hostChanged redoes the link checks when the host's files change", () => {
    const files = cleanRepository();
    const extra = new Set<string>();
    const host = memoryHost(files);
    const index = createRepositoryIndex({ exists: (p) => (extra.has(p) ? 'file' : host.exists(p)) });
    files.set('README.md', `${files.get('README.md') ?? ''}
![chart](img/chart.png)
`);
    for (const [p, t] of files) index.update(p, t);
    assert.ok(index.findings('README.md').some((f) => f.rule === 'broken-link'));
    extra.add('img/chart.png');
    assert.ok(index.findings('README.md').some((f) => f.rule === 'broken-link'), 'cached until the host says it changed');
    index.hostChanged();
    assert.equal(index.findings('README.md').some((f) => f.rule === 'broken-link'), false);
  });
});
