// The language server's per-document state stays bounded by the open documents, whatever URIs the
// client asks about; and the reader's cap holds for files whose stated size is not their length.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { DEFAULT_CONFIG } from '../../server/src/core';
import { AnalysisCache } from '../../server/src/lsp/analysisCache';
import { DEFAULT_SETTINGS, type DocumentSettings, type SettingsStore } from '../../server/src/lsp/editorSettings';
import { readRegularFile } from '../../server/src/node/read';
import { GOOD_CARD } from './helpers/hostile';

void describe('the analysis cache', () => {
  void it('keeps no entry and resolves no settings for 10,000 documents never opened', async () => {
    const open = new Map<string, TextDocument>([['file:///open.md', TextDocument.create('file:///open.md', 'markdown', 1, GOOD_CARD)]]);
    const documents = { get: (uri: string) => open.get(uri) } as unknown as TextDocuments<TextDocument>;
    const resolved: string[] = [];
    const settings: DocumentSettings = { settings: DEFAULT_SETTINGS, config: DEFAULT_CONFIG, configPath: null, assumeCard: false };
    const store = { forDocument: (uri: string) => (resolved.push(uri), Promise.resolve(settings)) } as unknown as SettingsStore;
    const cache = new AnalysisCache(documents, store);
    for (let i = 0; i < 10_000; i++) assert.equal(await cache.get(`file:///never/${i}.md`), null);
    assert.equal(cache.size, 0);
    assert.deepEqual(resolved, []);
    assert.ok((await cache.card('file:///open.md'))?.active);
    assert.equal(cache.size, 1);
    open.clear();
    cache.drop('file:///open.md');
    assert.equal(cache.size, 0);
  });
});

void describe('reading past a file\'s stated size', { skip: !fs.existsSync('/proc/self/status') && 'needs Linux /proc' }, () => {
  void it('reads a /proc file of stated size 0 to its end, and caps it', () => {
    assert.equal(fs.statSync('/proc/self/status').size, 0);
    assert.match(readRegularFile('/proc/self/status').toString(), /^Name:/);
    assert.throws(() => readRegularFile('/proc/self/status', 10), /too large: over 10 bytes, the limit is 10 bytes/);
  });
});
