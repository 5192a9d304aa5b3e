// The real leaderboard cards in ../shared/cards (when present) open clean, with hints and an outline.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, InlayHint } from 'vscode-languageserver/node';
import { markdownFiles, SHARED_CARDS } from '../unit/helpers/cards';
import { TestClient } from './client';

void describe('real cards from ../shared/cards', { skip: fs.existsSync(SHARED_CARDS) ? false : 'no ../shared/cards folder' }, () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  void it('every card is a card, publishes no diagnostics, and has an ALScore hint and an outline', async () => {
    const files = markdownFiles(SHARED_CARDS);
    assert.ok(files.length > 0);
    const uris = files.map((f) => pathToFileURL(f).toString());
    for (const [i, uri] of uris.entries()) await client.open(uri, fs.readFileSync(files[i] ?? '', 'utf8'));
    for (const uri of uris) assert.deepEqual(await client.diagnostics(uri, 1), [], uri);
    let withFormula = 0;
    for (const uri of uris) {
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } } });
      if (hints.some((h) => typeof h.label === 'string' && /^= √\(.+ × .+\) ÷ 300 = \d+\.\d\d$/.test(h.label))) withFormula++;
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols[0]?.children?.some((s) => s.name.endsWith('Overview')), uri);
    }
    assert.ok(withFormula > files.length / 2, `${withFormula} of ${files.length} cards show the ALScore formula`);
  });
});
