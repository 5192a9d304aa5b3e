// Quick fixes, source.fixAll.modelcard and the model-index refactorings over stdio: applied to the document, then re-checked by the server.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { applyEdits } from '../../server/src/core';
import { BAD_ALSCORE, GOOD_CARD, lineOf, MANY_FIXES } from './cards';
import { fileUri, TestClient } from './client';

const WS = '/tmp/modelcard-lsp-fixes';

void describe('code actions', () => {
  let client: TestClient;
  let n = 0;
  const texts = new Map<string, string>();
  const open = async (text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> => {
    const uri = fileUri(WS, `fix-${++n}.md`);
    texts.set(uri, text);
    await client.open(uri, text);
    return { uri, diagnostics: await client.diagnostics(uri, 1) };
  };
  const actions = (uri: string, diagnostics: Diagnostic[], only?: string[], line = 0): Promise<CodeAction[]> =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  /** Applies a workspace edit as one incremental change (edits from the end, as an editor does) and waits for the re-check. */
  const apply = async (uri: string, action: CodeAction | undefined): Promise<Diagnostic[]> => {
    const edits: TextEdit[] = action?.edit?.changes?.[uri] ?? [];
    assert.ok(edits.length > 0, 'the action carries edits');
    texts.set(uri, applyEdits(texts.get(uri) ?? '', edits));
    const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    const version = await client.change(uri, ordered.map((e) => ({ range: e.range, text: e.newText })));
    return client.diagnostics(uri, version);
  };

  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  void it('offers the certain fix as a preferred quick fix; applying it leaves the card clean', async () => {
    const { uri, diagnostics } = await open(BAD_ALSCORE);
    const list = await actions(uri, diagnostics);
    assert.equal(list.length, 1);
    const fix = list[0];
    assert.equal(fix?.kind, 'quickfix');
    assert.equal(fix?.isPreferred, true);
    assert.equal(fix?.title, 'Write ALScore 4.0 (Mid-tier)');
    assert.deepEqual(fix?.diagnostics, diagnostics);
    assert.deepEqual(await apply(uri, fix), []);
    assert.equal(texts.get(uri), GOOD_CARD);
  });

  void it('offers fixes for findings in the range when the client sends no diagnostics', async () => {
    const { uri } = await open(BAD_ALSCORE);
    const list = await actions(uri, [], undefined, lineOf(BAD_ALSCORE, '- **ALScore:**'));
    assert.deepEqual(list.map((a) => a.title), ['Write ALScore 4.0 (Mid-tier)']);
  });

  void it('offers suggestions as quick fixes that are not preferred', async () => {
    const card = GOOD_CARD.replace('- **Parameters:** 78.0B', '- **Parameters:** -').replace('233:1 ✅ Compute-optimal', '- -');
    const { uri, diagnostics } = await open(card);
    const derived = diagnostics.filter((d) => d.code === 'derived-without-inputs');
    assert.equal(derived.length, 1);
    const list = await actions(uri, derived);
    assert.deepEqual(list.map((a) => [a.title, a.isPreferred]), [['Write ALScore as unknown (-)', false]]);
    assert.deepEqual(await apply(uri, list[0]), []);
  });

  void it('fixes all certain problems in one edit; a second fix-all finds nothing', async () => {
    const { uri, diagnostics } = await open(MANY_FIXES);
    assert.ok(diagnostics.length >= 3);
    const first = await actions(uri, [], ['source.fixAll.modelcard']);
    assert.equal(first.length, 1);
    assert.equal(first[0]?.kind, 'source.fixAll.modelcard');
    assert.deepEqual(await apply(uri, first[0]), []);
    assert.equal(texts.get(uri), GOOD_CARD);
    assert.deepEqual(await actions(uri, [], ['source.fixAll']), [], 'nothing left to fix');
  });

  void it('does not mix fix-all into a quick fix request', async () => {
    const { uri, diagnostics } = await open(MANY_FIXES);
    const list = await actions(uri, diagnostics, ['quickfix']);
    assert.ok(list.length >= 3);
    assert.ok(list.every((a) => a.kind === 'quickfix'));
  });

  void it('turns the benchmark table into model-index and back (refactor.rewrite), the card clean after each', async () => {
    const { uri } = await open(GOOD_CARD);
    const row = lineOf(GOOD_CARD, '| **MMLU**');
    const offered = await actions(uri, [], undefined, row);
    assert.deepEqual(offered.map((a) => [a.title, a.kind]), [['Model Card: Add model-index from the benchmark table', 'refactor.rewrite']]);
    assert.deepEqual(await apply(uri, offered[0]), []);
    const withIndex = texts.get(uri) ?? '';
    assert.ok(withIndex.startsWith('---\nmodel-index:\n- name: Aurora 78B\n'), withIndex.slice(0, 80));
    assert.ok(withIndex.includes('      type: cais/mmlu\n    metrics:\n    - type: acc\n      value: 84.2\n'));
    assert.ok(withIndex.endsWith(GOOD_CARD));
    // Edit the model-index's MMLU score, then write the table from it.
    const valueLine = withIndex.split('\n').indexOf('      value: 84.2');
    const version = await client.change(uri, [{ range: { start: { line: valueLine, character: 13 }, end: { line: valueLine, character: 17 } }, text: '85.0' }]);
    texts.set(uri, withIndex.replace('      value: 84.2', '      value: 85.0'));
    await client.diagnostics(uri, version);
    const back = await actions(uri, [], ['refactor'], 1);
    assert.deepEqual(back.map((a) => a.title), ['Model Card: Replace model-index with the benchmark table', 'Model Card: Replace the benchmark table with model-index']);
    assert.deepEqual(await apply(uri, back[1]), []);
    assert.ok(texts.get(uri)?.includes('| **MMLU** | 85 | General knowledge across 57 subjects |\n| **MMLU-Pro** | 69.5 |'));
  });
});
