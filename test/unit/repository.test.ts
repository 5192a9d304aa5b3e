// The repository index: incremental updates, and each repository rule on a fictional repository that
// triggers it and one that does not.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRepositoryIndex, isRepositoryRoot, renameEdits, resolveLink, type RepositoryIndex } from '../../server/src/core/repository';
import type { Finding } from '../../server/src/core';
import { cardPath, cardText, cleanRepository, dateRow, HERON, labPage, labRow, memoryHost, OTTER, WREN } from './helpers/leaderboard';

function indexOf(files: Map<string, string>): RepositoryIndex {
  const index = createRepositoryIndex(memoryHost(files));
  for (const [p, t] of files) index.update(p, t);
  return index;
}

function all(index: RepositoryIndex): (Finding & { path: string })[] {
  return index.paths().flatMap((p) => index.findings(p).map((f) => ({ ...f, path: p })));
}

const HERON_PATH = cardPath(HERON);

void describe('repository index', () => {
  void it('reads cards, derived pages and links; a clean repository has no findings', () => {
    const index = indexOf(cleanRepository());
    assert.deepEqual(all(index), []);
    assert.deepEqual(index.cards().map((c) => [c.path, c.title, c.slug, c.lab]), [
      ['models/acme/heron-8b.md', 'Heron 8B', 'heron-8b', 'acme'],
      ['models/acme/wren-70b.md', 'Wren 70B', 'wren-70b', 'acme'],
      ['models/globex/otter-1b.md', 'Otter 1B', 'otter-1b', 'globex'],
    ]);
    assert.equal(index.isDerivedPage('labs/acme.md'), true);
    assert.equal(index.isDerivedPage('rankings/by-date.md'), true);
    assert.equal(index.isDerivedPage(HERON_PATH), false);
    assert.equal(index.isDerivedPage('README.md'), false);
    assert.equal(index.rowsLinking(HERON_PATH).length, 2);
    assert.equal(isRepositoryRoot({ hasModels: true, hasLabs: true }), true);
    assert.equal(isRepositoryRoot({ hasModels: true, hasLabs: false }), false);
  });

  void it('resolves links as github.com does', () => {
    assert.deepEqual(resolveLink('labs/acme.md', '../models//acme/x%20y.md#top'), { path: 'models/acme/x y.md', above: 0 });
    assert.deepEqual(resolveLink('README.md', '../../issues'), { path: '../../issues', above: 2 });
    assert.equal(resolveLink('README.md', 'https://example.com'), null);
    assert.equal(resolveLink('README.md', '#anchor'), null);
  });

  void it('update returns the files whose findings may change, and findings follow', () => {
    const files = cleanRepository();
    const index = indexOf(files);
    const changed = cardText({ ...HERON, params: '9.0B' });
    const affected = index.update(HERON_PATH, changed);
    assert.deepEqual(affected, ['labs/acme.md', HERON_PATH, 'rankings/by-date.md']);
    assert.deepEqual(index.findings('labs/acme.md').map((f) => f.rule), ['table-row-mismatch']);
    // Back as it was: the rows agree again.
    index.update(HERON_PATH, files.get(HERON_PATH) ?? '');
    assert.deepEqual(index.findings('labs/acme.md'), []);
    // A deleted card: the rows' links break.
    files.delete(HERON_PATH);
    assert.deepEqual(index.remove(HERON_PATH), ['labs/acme.md', HERON_PATH, 'rankings/by-date.md']);
    assert.deepEqual(index.findings('labs/acme.md').map((f) => f.rule), ['broken-link']);
    assert.deepEqual(index.remove('nothing.md'), []);
  });
});

void describe('repository rules', () => {
  void it('broken-link: a missing target, CommonMark-read, with a fix when only the case differs', () => {
    const files = cleanRepository();
    files.set('rankings/by-date.md', (files.get('rankings/by-date.md') ?? '').replace('[🔗](https://example.com/wren)', '[🔗](Allen (static demo only))'));
    files.set('README.md', (files.get('README.md') ?? '') + '- [Heron](models/acme/Heron-8B.md)\n- [not a link](Weights leaked: https://x.example)\n- [up](../x.md)\n');
    const found = all(indexOf(files)).filter((f) => f.rule === 'broken-link');
    assert.deepEqual(found.map((f) => [f.path, f.range.start.line, f.message]), [
      ['README.md', 7, '`models/acme/Heron-8B.md` does not exist (models/acme/Heron-8B.md): did you mean models/acme/heron-8b.md?'],
      ['README.md', 9, '`../x.md` does not exist (above the repository root)'],
      ['rankings/by-date.md', 7, '`Allen` does not exist (rankings/Allen)'],
    ]);
    assert.equal(found[0]?.fix?.edits[0]?.newText, 'models/acme/heron-8b.md');
  });

  void it('organization-folder-mismatch: an Organization link to another lab', () => {
    const files = cleanRepository();
    files.set(HERON_PATH, (files.get(HERON_PATH) ?? '').replace('**Organization:** [Acme](../../labs/acme.md)', '**Organization:** [Acme](../../labs/globex.md)'));
    const found = all(indexOf(files)).filter((f) => f.rule === 'organization-folder-mismatch');
    assert.equal(found.length, 1);
    assert.equal(found[0]?.path, HERON_PATH);
    assert.equal(found[0]?.range.start.line, 4);
    assert.equal(found[0]?.suggestions?.[0]?.edits[0]?.newText, '../../labs/acme.md');
  });

  void it('file-name-mismatch: a file not named by its title, fixed by a rename with link rewrites', () => {
    const files = cleanRepository();
    const text = files.get(HERON_PATH) ?? '';
    files.delete(HERON_PATH);
    files.set('models/acme/heron.md', text);
    for (const p of ['labs/acme.md', 'rankings/by-date.md']) files.set(p, (files.get(p) ?? '').split('acme/heron-8b.md').join('acme/heron.md'));
    const index = indexOf(files);
    const found = all(index).filter((f) => f.rule === 'file-name-mismatch');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]?.fix?.rename, { from: 'models/acme/heron.md', to: HERON_PATH });
    const edits = renameEdits(index, 'models/acme/heron.md', HERON_PATH);
    assert.deepEqual(edits.map((e) => [e.path, e.edits.map((x) => x.newText)]), [
      ['labs/acme.md', ['../models/acme/heron-8b.md']],
      ['rankings/by-date.md', ['../models/acme/heron-8b.md']],
    ]);
  });

  void it('card-collision: two models on one card, found by a table linking it twice and by rows that differ', () => {
    const files = cleanRepository();
    const heronPlus = { ...HERON, title: 'Heron+', params: '80.0B', released: 'Jun/2024' };
    files.set('labs/acme.md', labPage('Acme', [labRow(heronPlus, HERON_PATH), labRow(WREN), labRow(HERON)], 3, 2));
    const index = indexOf(files);
    const found = all(index).filter((f) => f.rule === 'card-collision');
    // The card's own row on another page differs from the lost model's row too.
    assert.deepEqual(found.map((f) => [f.path, f.range.start.line]), [['labs/acme.md', 9], ['labs/acme.md', 11], ['rankings/by-date.md', 8]]);
    // On another page, a lone row of the lost model collides with the card's rows elsewhere.
    files.set('rankings/by-date.md', (files.get('rankings/by-date.md') ?? '').replace(dateRow(HERON), dateRow(heronPlus, HERON_PATH)));
    const again = all(indexOf(files)).filter((f) => f.rule === 'card-collision' && f.path === 'rankings/by-date.md');
    assert.equal(again.length, 1);
  });

  void it('table-row-mismatch: a cell that contradicts the card, never formatting alone', () => {
    const files = cleanRepository();
    const page = files.get('labs/acme.md') ?? '';
    files.set('labs/acme.md', page.replace('| 8.0B | Dense | 0.4 |', '| 8B | Dense | 0.5 |'));
    files.set('labs/globex.md', (files.get('labs/globex.md') ?? '').replace('| 🟡 |', '| - |'));
    const found = all(indexOf(files));
    assert.deepEqual(found.map((f) => [f.path, f.rule, f.message, f.fix?.edits[0]?.newText]), [
      ['labs/acme.md', 'table-row-mismatch', 'ALScore `0.5` contradicts models/acme/heron-8b.md (`0.4`)', '0.4'],
    ]);
  });

  void it('a suppression comment silences a repository finding', () => {
    const files = cleanRepository();
    files.set('README.md', '<!-- modelcard-disable-next-line broken-link -->\n[x](nowhere.md)\n');
    assert.deepEqual(all(indexOf(files)), []);
  });

  void it('a card whose own rules fire keeps them; its repository findings are separate', () => {
    const files = cleanRepository();
    files.set(cardPath(OTTER), cardText({ ...OTTER, params: '-B' }));
    const index = indexOf(files);
    const otter = index.cards().find((c) => c.path === cardPath(OTTER));
    assert.ok(otter?.analysis?.findings.some((f) => f.rule === 'derived-without-inputs'));
    assert.deepEqual(index.findings(cardPath(OTTER)), []);
  });
});
