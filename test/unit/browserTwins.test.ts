// The browser twins of the Node layer: URI arithmetic, the config resolver and the labs/ lookup, over a
// file system in memory (in the web worker, requests the client answers from vscode.workspace.fs).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/core';
import { BrowserConfigResolver } from '../../server/src/node/browser/configResolver';
import { BrowserLabs, labTitle } from '../../server/src/node/browser/labs';
import { dirnameUri, displayUri, joinUri, pathBelow, relativeUri } from '../../server/src/node/browser/uri';
import { MemoryFs } from '../helpers/memoryFs';

const ROOT = 'vscode-vfs://github/example/leaderboard';
const rc = (o: object): string => JSON.stringify(o);

void describe('URI arithmetic', () => {
  void it('walks up, joins and resolves dot segments on the path only', () => {
    assert.equal(dirnameUri(`${ROOT}/models/a.md`), `${ROOT}/models`);
    assert.equal(dirnameUri('vscode-vfs://github'), null);
    assert.equal(dirnameUri('file:///a'), 'file:///');
    assert.equal(joinUri(`${ROOT}/models/org`, '../../base config.json'), `${ROOT}/base%20config.json`);
    assert.equal(joinUri(`${ROOT}/models`, './x/./y.json'), `${ROOT}/models/x/y.json`);
    assert.equal(joinUri(`${ROOT}/models`, '/etc/rc.json'), 'vscode-vfs://github/etc/rc.json');
    assert.equal(joinUri('file:///c%3A/work', '..\\rc.json'), 'file:///c%3A/rc.json', 'backslashes separate too');
  });

  void it('gives paths below a folder and relative paths as plain text', () => {
    assert.equal(pathBelow(ROOT, `${ROOT}/models/a%20b.md`), 'models/a b.md');
    assert.equal(pathBelow(ROOT, `${ROOT}2/models/a.md`), null, 'a sibling with a longer name is not below');
    assert.equal(pathBelow(ROOT, ROOT), null);
    assert.equal(pathBelow(ROOT, 'file:///example/leaderboard/a.md'), null);
    assert.equal(relativeUri(`${ROOT}/models/org`, `${ROOT}/labs`), '../../labs');
    assert.equal(relativeUri(ROOT, `${ROOT}/labs`), 'labs');
    assert.equal(displayUri('file:///home/me/a%20b/.modelcardrc.json'), '/home/me/a b/.modelcardrc.json');
    assert.equal(displayUri(`${ROOT}/.modelcardrc.json`), `${ROOT}/.modelcardrc.json`);
  });
});

void describe('the browser config resolver', () => {
  void it('finds the nearest .modelcardrc.json up to the folder, and no further', async () => {
    const fs = new MemoryFs(ROOT, { '.modelcardrc.json': rc({ rules: { 'section-order': 'off' } }), 'models/.modelcardrc.json': rc({ rules: { 'alscore-mismatch': 'warning' } }) });
    const resolver = new BrowserConfigResolver(fs, { stopAt: ROOT });
    const near = await resolver.forFile(fs.uri('models/org/a.md'));
    assert.ok(near.ok);
    assert.equal(near.path, fs.uri('models/.modelcardrc.json'));
    assert.equal(near.config.rules['alscore-mismatch'], 'warning');
    assert.equal(near.config.rules['section-order'], undefined, 'the nearest file alone, as on Node');
    const before = fs.log.length;
    const inner = new BrowserConfigResolver(fs, { stopAt: fs.uri('models/org') });
    assert.deepEqual(await inner.forFile(fs.uri('models/org/a.md')), { ok: true, config: DEFAULT_CONFIG, path: null });
    assert.deepEqual(fs.log.slice(before), [`stat ${fs.uri('models/org/.modelcardrc.json')}`], 'no lookup above the folder');
  });

  void it('follows extends by path, applies overrides by glob, and re-reads a chain when a file of it changes', async () => {
    const fs = new MemoryFs(ROOT, {
      'config/base.json': rc({ rules: { 'alscore-mismatch': 'warning', 'ratio-mismatch': 'off' } }),
      '.modelcardrc.json': rc({ extends: './config/base.json', rules: { 'ratio-mismatch': 'error' }, overrides: [{ files: 'drafts/**', rules: { 'alscore-mismatch': 'off' } }] }),
    });
    const resolver = new BrowserConfigResolver(fs, { stopAt: ROOT });
    const card = await resolver.forFile(fs.uri('models/a.md'));
    const draft = await resolver.forFile(fs.uri('drafts/b.md'));
    assert.ok(card.ok && draft.ok);
    assert.deepEqual([card.config.rules['alscore-mismatch'], card.config.rules['ratio-mismatch']], ['warning', 'error']);
    assert.equal(draft.config.rules['alscore-mismatch'], 'off');
    fs.write('config/base.json', rc({ rules: { 'alscore-mismatch': 'information' } }));
    const again = await resolver.forFile(fs.uri('models/a.md'));
    assert.ok(again.ok);
    assert.equal(again.config.rules['alscore-mismatch'], 'information', 'an extended file changed: the chain is read again');
  });

  void it('names every problem of a chain: a package, a cycle, a missing file, bad JSON', async () => {
    const fs = new MemoryFs(ROOT, {
      '.modelcardrc.json': rc({ extends: ['some-package', './a.json', './missing.json', './bad.json'] }),
      'a.json': rc({ extends: './.modelcardrc.json' }),
      'bad.json': '{ nope',
    });
    const r = await new BrowserConfigResolver(fs, { stopAt: ROOT }).forFile(fs.uri('card.md'));
    assert.equal(r.ok, false);
    const errors = r.ok ? [] : r.errors;
    assert.match(errors[0] ?? '', /"extends.0": cannot find "some-package": a package cannot be resolved in the browser/);
    assert.match(errors[1] ?? '', /a\.json: "extends": extends itself through \.modelcardrc\.json -> a\.json -> \.modelcardrc\.json/);
    assert.match(errors[2] ?? '', /missing\.json \(extended by .*\.modelcardrc\.json\): no such file/);
    assert.match(errors[3] ?? '', /bad\.json \(extended by .*\): /);
    assert.equal(errors.length, 4);
  });

  void it('reads an explicit file for every card', async () => {
    const fs = new MemoryFs(ROOT, { 'team/rc.json': rc({ rules: { 'missing-field': 'off' } }), '.modelcardrc.json': rc({}) });
    const r = await new BrowserConfigResolver(fs, { explicit: joinUri(ROOT, 'team/rc.json') }).forFile(fs.uri('a.md'));
    assert.ok(r.ok);
    assert.equal(r.path, fs.uri('team/rc.json'));
    assert.equal(r.config.rules['missing-field'], 'off');
  });
});

void describe('the browser labs lookup', () => {
  void it('lists the nearest labs/ folder by title, linked from the card, and remembers it until cleared', async () => {
    const fs = new MemoryFs(ROOT, { 'labs/northwind-labs.md': '# Northwind Labs\n\nA lab.\n', 'labs/acme-ai.md': 'no title', 'labs/notes.txt': 'not a lab' });
    const labs = new BrowserLabs(fs);
    const card = fs.uri('models/northwind-labs/aurora.md');
    assert.deepEqual(await labs.labsFor(card), [
      { slug: 'acme-ai', name: 'acme-ai', link: '../../labs/acme-ai.md' },
      { slug: 'northwind-labs', name: 'Northwind Labs', link: '../../labs/northwind-labs.md' },
    ]);
    const asked = fs.log.length;
    await labs.labsFor(card);
    assert.equal(fs.log.length, asked, 'the second completion asks nothing');
    fs.write('labs/acme-ai.md', '# Acme AI\n');
    labs.clear();
    assert.equal((await labs.labsFor(card))[0]?.name, 'Acme AI');
  });

  void it('reads a title as lsp/labs.ts does, and finds no labs where there is no folder', async () => {
    assert.equal(labTitle('---\n# Acme  AI ##\n'), 'Acme  AI');
    assert.equal(labTitle('#NoSpace'), null);
    assert.deepEqual(await new BrowserLabs(new MemoryFs(ROOT, { 'a.md': '' })).labsFor(`${ROOT}/a.md`), []);
  });
});
