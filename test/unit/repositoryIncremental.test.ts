// The repository index does work in proportion to what changed: a page's parsed body is reused from the
// check's analysis, and a load through updateMany reads the same repository as update file by file.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard } from '../../server/src/core';
import { createRepositoryIndex } from '../../server/src/core/repository';
import { readFile } from '../../server/src/core/repository/files';
import { cleanRepository, memoryHost } from './helpers/leaderboard';

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
});
