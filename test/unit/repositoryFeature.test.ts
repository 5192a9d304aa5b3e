// The language server's repository feature over a fake index and host: loading, merged publishing, other
// files republished after a change, watcher events, and the rename quick fix.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, type Finding } from '../../server/src/core';
import type { RepositoryFiles, ServerHost } from '../../server/src/lsp/host';
import { DEPENDENT_DELAY_MS, RepositoryFeature, type CreateIndex, type RepositoryIndexLike } from '../../server/src/lsp/repository';
import { DEFAULT_SETTINGS, type SettingsStore } from '../../server/src/lsp/editorSettings';
import { repositoryCodeActions } from '../../server/src/lsp/repositoryActions';

const ROOT = 'file:///ws';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const at = (line: number): Finding['range'] => ({ start: { line, character: 0 }, end: { line, character: 1 } });

/** A fake index: links are `](path)` from the file's folder; a missing target is broken, a target whose text says BAD mismatches. */
const fakeIndex: CreateIndex = (host) => {
  const texts = new Map<string, string>();
  const links = (path: string): { line: number; target: string }[] => {
    const dir = path.split('/').slice(0, -1);
    return (texts.get(path) ?? '').split('\n').flatMap((l, line) => {
      const m = /\]\(([^)]+)\)/.exec(l);
      if (!m?.[1]) return [];
      const parts = [...dir];
      for (const s of m[1].split('/')) if (s === '..') parts.pop(); else parts.push(s);
      return [{ line, target: parts.join('/') }];
    });
  };
  const affected = (path: string): string[] => [path, ...[...texts.keys()].filter((p) => links(p).some((l) => l.target === path))];
  const index: RepositoryIndexLike = {
    update: (path, text) => (texts.set(path, text), affected(path)),
    updateMany: (all) => {
      for (const { path, text } of all) texts.set(path, text);
    },
    remove: (path) => (texts.delete(path), affected(path)),
    hostChanged: () => undefined,
    paths: () => [...texts.keys()].sort(),
    isDerivedPage: (path) => path.startsWith('rankings/'),
    findings: (path) =>
      links(path).flatMap(({ line, target }): Finding[] => {
        if (!texts.has(target) && host.exists(target) === undefined) return [{ rule: 'broken-link', severity: 'warning', range: at(line), message: `no ${target}` }];
        if (texts.get(target)?.includes('BAD')) return [{ rule: 'table-row-mismatch', severity: 'warning', range: at(line), message: 'stale', fix: { title: 'Rewrite', edits: [{ range: at(line), newText: 'x' }] } }];
        return [];
      }),
  };
  return index;
};

function setup(files: Record<string, string>, extra: string[] = ['img/chart.png']) {
  const published: PublishDiagnosticsParams[] = [];
  const connection = {
    console: { log: () => undefined, error: (m: string) => assert.fail(m), warn: () => undefined },
    sendDiagnostics: (p: PublishDiagnosticsParams) => (published.push(p), Promise.resolve()),
    sendNotification: () => Promise.resolve(),
  } as unknown as Connection;
  const open = new Map<string, TextDocument>();
  const documents = { get: (u: string) => open.get(u), all: () => [...open.values()] } as unknown as TextDocuments<TextDocument>;
  const paths = Object.keys(files);
  const host = {
    folderUris: () => [ROOT],
    repositoryFiles: (): Promise<RepositoryFiles | null> =>
      Promise.resolve(paths.some((p) => p.startsWith('labs/')) ? { markdown: paths.filter((p) => p.endsWith('.md')), all: [...paths, ...extra] } : null),
    uriBelow: (_f: string, rel: string) => `${ROOT}/${rel}`,
    pathBelow: (_f: string, uri: string) => (uri.startsWith(`${ROOT}/`) ? uri.slice(ROOT.length + 1) : null),
    readTexts: (uris: readonly string[]) => Promise.resolve(uris.map((u) => files[u.slice(ROOT.length + 1)] ?? null)),
  } as unknown as ServerHost;
  const store = { forDocument: () => Promise.resolve({ settings: DEFAULT_SETTINGS, config: DEFAULT_CONFIG, assumeCard: false, configPath: null }) } as unknown as SettingsStore;
  const feature = new RepositoryFeature(connection, documents, host, store, { createIndex: fakeIndex, renameEdits: (_i, from, to) => [{ path: 'rankings/r.md', edits: [{ range: at(0), newText: to.replace(from, '') }] }] });
  const republished: string[] = [];
  feature.republishOpen = (uri) => republished.push(uri);
  const last = (rel: string): PublishDiagnosticsParams | undefined => published.filter((p) => p.uri === `${ROOT}/${rel}`).at(-1);
  return { feature, published, open, republished, last, files };
}

const REPO = {
  'labs/acme.md': '# Acme\n[a](../models/acme/a.md)',
  'models/acme/a.md': '# A\nParameters 7B',
  'rankings/r.md': '| [a](../models/acme/a.md) |\n| [gone](../models/acme/gone.md) |\n| [img](../img/chart.png) |',
};

void describe('repository feature', () => {
  void it('loads a repository and publishes the closed files that have cross-file findings, and only those', async () => {
    const { feature, published, last } = setup(REPO);
    await feature.refresh();
    await sleep(DEPENDENT_DELAY_MS + 20);
    assert.deepEqual(last('rankings/r.md')?.diagnostics.map((d) => [d.code, d.range.start.line]), [['broken-link', 1]], 'an existing image is no broken link');
    assert.equal(published.filter((p) => p.uri.endsWith('/a.md') || p.uri.endsWith('acme.md')).length, 0);
    assert.equal(feature.isDerived(`${ROOT}/rankings/r.md`), true);
    assert.equal(feature.isDerived(`${ROOT}/models/acme/a.md`), false);
  });

  void it('indexes nothing in a folder that is not a repository', async () => {
    const { feature, published } = setup({ 'models/acme/a.md': '# A', 'notes.md': '[x](gone.md)' });
    await feature.refresh();
    await sleep(DEPENDENT_DELAY_MS + 20);
    assert.equal(feature.forDocument(`${ROOT}/notes.md`, '[x](gone.md)', DEFAULT_CONFIG), null);
    assert.equal(published.length, 0);
  });

  void it("re-checks the rows that link an edited card, in other files, once per burst, and clears them when it is fixed", async () => {
    const { feature, last, published } = setup(REPO);
    await feature.refresh();
    await sleep(DEPENDENT_DELAY_MS + 20);
    const card = `${ROOT}/models/acme/a.md`;
    const before = published.length;
    for (const text of ['# A\nBA', '# A\nBAD', '# A\nBAD 7B']) assert.deepEqual(feature.forDocument(card, text, DEFAULT_CONFIG)?.findings, []);
    await sleep(DEPENDENT_DELAY_MS + 20);
    assert.deepEqual(last('rankings/r.md')?.diagnostics.map((d) => d.code), ['table-row-mismatch', 'broken-link']);
    assert.deepEqual(last('labs/acme.md')?.diagnostics.map((d) => d.code), ['table-row-mismatch'], 'a closed lab page: its findings too');
    assert.equal(published.length - before, 2, 'one publish per other file for the burst');
    feature.forDocument(card, '# A\nParameters 7B', DEFAULT_CONFIG);
    await sleep(DEPENDENT_DELAY_MS + 20);
    assert.deepEqual(last('rankings/r.md')?.diagnostics.map((d) => d.code), ['broken-link']);
    assert.deepEqual(last('labs/acme.md')?.diagnostics, [], 'cleared where it was shown');
  });

  void it('asks an open dependent to re-check itself instead of publishing over it', async () => {
    const { feature, open, republished } = setup(REPO);
    await feature.refresh();
    const page = `${ROOT}/rankings/r.md`;
    open.set(page, TextDocument.create(page, 'markdown', 1, REPO['rankings/r.md']));
    feature.forDocument(page, REPO['rankings/r.md'], DEFAULT_CONFIG);
    feature.forDocument(`${ROOT}/models/acme/a.md`, 'BAD', DEFAULT_CONFIG);
    await sleep(DEPENDENT_DELAY_MS + 20);
    assert.ok(republished.includes(page));
  });

  void it('follows watcher events: a deleted card breaks the links to it', async () => {
    const { feature, last } = setup(REPO);
    await feature.refresh();
    await feature.watched([{ uri: `${ROOT}/models/acme/a.md`, type: FileChangeType.Deleted }]);
    await sleep(DEPENDENT_DELAY_MS + 20);
    assert.deepEqual(last('labs/acme.md')?.diagnostics.map((d) => d.code), ['broken-link']);
  });

  void it('offers the fixes as quick fixes, and a rename as one workspace edit only when the client can rename', async () => {
    const { feature } = setup(REPO);
    await feature.refresh();
    feature.forDocument(`${ROOT}/models/acme/a.md`, 'BAD', DEFAULT_CONFIG);
    const range = at(0);
    const [fix] = feature.codeActions(`${ROOT}/rankings/r.md`, range, { diagnostics: [] }, DEFAULT_CONFIG);
    assert.deepEqual(fix?.edit?.changes?.[`${ROOT}/rankings/r.md`], [{ range, newText: 'x' }]);
    assert.deepEqual(feature.codeActions(`${ROOT}/rankings/r.md`, at(2), { diagnostics: [] }, DEFAULT_CONFIG), []);
  });
});

void describe('repository quick fixes', () => {
  const finding = { rule: 'file-name-mismatch' as Finding['rule'], severity: 'warning' as const, range: at(0), message: 'rename', fix: { title: 'Rename', edits: [], rename: { from: 'models/acme/a.md', to: 'models/acme/a-7b.md' } } };
  const uriOf = (p: string): string => `${ROOT}/${p}`;
  const edits = [{ path: 'labs/acme.md', edits: [{ range: at(1), newText: '../models/acme/a-7b.md' }] }];

  void it('renames the file in one workspace edit, the links rewritten before the rename', () => {
    const [action] = repositoryCodeActions({ uri: uriOf('models/acme/a.md'), findings: [finding], uriOf, rename: (from, to) => ({ from, to, edits }) }, at(0), { diagnostics: [] });
    assert.deepEqual(action?.edit?.documentChanges, [
      { textDocument: { uri: uriOf('labs/acme.md'), version: null }, edits: edits[0]?.edits },
      { kind: 'rename', oldUri: uriOf('models/acme/a.md'), newUri: uriOf('models/acme/a-7b.md'), options: { overwrite: false, ignoreIfExists: false } },
    ]);
    assert.equal(action?.title, 'Rename to a-7b.md (links to it updated)');
  });

  void it('offers nothing for a rename the client cannot apply', () => {
    assert.deepEqual(repositoryCodeActions({ uri: uriOf('models/acme/a.md'), findings: [finding], uriOf, rename: () => null }, at(0), { diagnostics: [] }), []);
  });
});
