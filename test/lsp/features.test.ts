// Inlay hints, hover, completion and document symbols over stdio, with the cursor marked in the card text.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type CompletionItem, type DocumentSymbol, type Hover, type InlayHint, type MarkupContent } from 'vscode-languageserver/node';
import { FRONT_MATTER_CARD, GOOD_CARD, lineOf } from './cards';
import { fileUri, markLine, TestClient, withCursor } from './client';

const WS = '/tmp/modelcard-lsp-features';
const lineEnd = (text: string, line: number): number => (text.split('\n')[line] ?? '').length;
const all = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

void describe('language features', () => {
  let client: TestClient;
  let n = 0;
  /** Opens a card under a fresh URI and waits until it is analysed. */
  const open = async (text: string): Promise<string> => {
    const uri = fileUri(WS, `card-${++n}.md`);
    await client.open(uri, text);
    await client.diagnostics(uri, 1);
    return uri;
  };
  const complete = async (marked: { text: string; position: { line: number; character: number } }): Promise<CompletionItem[]> => {
    const uri = await open(marked.text);
    const r = await client.request<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', { textDocument: { uri }, position: marked.position });
    return Array.isArray(r) ? r : (r?.items ?? []);
  };
  const newText = (item: CompletionItem | undefined): string => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '');

  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  void it('shows the ALScore formula, the exact ratio and training compute at the line ends', async () => {
    const uri = await open(GOOD_CARD);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: all });
    const at = (prefix: string): InlayHint | undefined => hints.find((h) => h.position.line === lineOf(GOOD_CARD, prefix));
    const al = at('- **ALScore:**');
    assert.equal(al?.label, '= √(78 × 18120) ÷ 300 = 3.96');
    assert.deepEqual(al?.position, { line: lineOf(GOOD_CARD, '- **ALScore:**'), character: lineEnd(GOOD_CARD, lineOf(GOOD_CARD, '- **ALScore:**')) });
    assert.equal(al?.paddingLeft, true);
    assert.match((al?.tooltip as MarkupContent).value, /√\(Parameters × Tokens\) ÷ 300/);
    assert.equal(at('- **Token:Param Ratio:**')?.label, '= 232.3 tokens/param');
    const training = hints.filter((h) => h.position.line === lineOf(GOOD_CARD, '- **Training Tokens:**')).map((h) => h.label);
    assert.deepEqual(training, ['Chinchilla 1,560B · ≈ 8.48 × 10²⁴ FLOPs']);
    assert.ok(hints.every((h) => (h.label as string).length <= 43), 'no hint is longer than VS Code shows by default');
    assert.equal(hints.length, 3);
  });

  void it('returns only the hints in the requested range', async () => {
    const uri = await open(GOOD_CARD);
    const line = lineOf(GOOD_CARD, '- **ALScore:**');
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 10 } } });
    assert.deepEqual(hints.map((h) => h.label), ['= √(78 × 18120) ÷ 300 = 3.96']);
  });

  void it('shows ALScore, tier and ratio after training_tokens in front matter', async () => {
    const uri = await open(FRONT_MATTER_CARD);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: all });
    assert.deepEqual(hints.map((h) => h.label), ['ALScore 4.0 Mid-tier · 233:1 ✅']);
    assert.ok(hints.every((h) => h.position.line === lineOf(FRONT_MATTER_CARD, 'training_tokens:')));
  });

  void it('explains a field on hover, with the card numbers on the ALScore line', async () => {
    const { text, position } = markLine(GOOD_CARD, '- **ALScore:**', '- **ALS|core:** 4.0 (Mid-tier)');
    const uri = await open(text);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /√\(Parameters × Tokens\) ÷ 300/);
    assert.match(value, /= √\(78 × 18120\) ÷ 300 = 3\.96/);
    const p = markLine(GOOD_CARD, '- **Parameters:**', '- **Parameters:** 7|8.0B');
    const ph = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: p.position });
    assert.match((ph.contents as MarkupContent).value, /Parameter count in billions/);
  });

  void it('explains a front matter key on hover', async () => {
    const { text, position } = withCursor(FRONT_MATTER_CARD.replace('access: public', 'acc|ess: public'));
    const uri = await open(text);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.match((h.contents as MarkupContent).value, /public`, `private` or `unknown/);
  });

  void it('completes Access values after the label', async () => {
    const items = await complete(markLine(GOOD_CARD, '**Access:**', '**Access:** |'));
    assert.deepEqual(items.map((i) => i.label), ['🟢 Public', '🔴 Private', '❓ Unknown']);
  });

  void it('completes tiers inside the ALScore parentheses and release months', async () => {
    const tiers = await complete(markLine(GOOD_CARD, '- **ALScore:**', '- **ALScore:** 4.0 (|'));
    assert.ok(tiers.some((i) => i.label === 'Mid-tier'));
    assert.equal(tiers.length, 5);
    const months = await complete(markLine(GOOD_CARD, '**Released:**', '**Released:** |'));
    assert.equal(months[0]?.label, 'Jan/');
    assert.ok(months.some((i) => i.label === 'TBA'));
  });

  void it('completes field labels as snippets', async () => {
    const items = await complete(markLine(GOOD_CARD, '- **Parameters:**', '- **Pa|'));
    const params = items.find((i) => i.label === '- **Parameters:**');
    assert.equal(newText(params), '- **Parameters:** ${1:0.0}B');
    assert.deepEqual(params?.textEdit && 'range' in params.textEdit ? params.textEdit.range.start.character : -1, 0);
  });

  void it('completes benchmark names in the table, skipping rows already there', async () => {
    const marked = markLine(GOOD_CARD, '| **HLE**', '| **‸', '‸');
    const items = await complete(marked);
    assert.deepEqual(items.map((i) => i.label), ['HLE']);
    assert.match(newText(items[0]), /^ \*\*HLE\*\* \| \$\{1:-\} \|/);
  });

  void it('completes and explains a Hugging Face card\'s metadata', async () => {
    const hf = (line: string): { text: string; position: { line: number; character: number } } =>
      withCursor(['---', 'pipeline_tag: text-generation', line, '---', '', '# Heron 8B', '', 'A fictional model for tests.', ''].join('\n'));
    const licenses = await complete(hf('license: apa|'));
    const apache = licenses.find((i) => i.label === 'apache-2.0');
    assert.equal(apache?.detail, 'Apache license 2.0');
    assert.deepEqual(apache?.textEdit && 'range' in apache.textEdit ? apache.textEdit.range : null, { start: { line: 2, character: 9 }, end: { line: 2, character: 12 } });
    const keys = (await complete(hf('base|'))).map((i) => i.label);
    assert.ok(keys.includes('base_model_relation') && !keys.includes('pipeline_tag') && !keys.includes('access'));
    const marked = hf('license: cc-by-nc|-4.0');
    const uri = await open(marked.text);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: marked.position });
    assert.equal((h.contents as MarkupContent).value, '**cc-by-nc-4.0**: Creative Commons Attribution Non Commercial 4.0');
    const key = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    assert.match((key.contents as MarkupContent).value, /^\*\*pipeline_tag\*\*: The `pipeline_tag` indicates the type of task/);
  });

  void it('completes front matter keys and values', async () => {
    const keys = await complete(withCursor(FRONT_MATTER_CARD.replace('benchmarks:', 'tag|\nbenchmarks:')));
    assert.ok(keys.some((i) => i.label === 'tags'));
    assert.ok(!keys.some((i) => i.label === 'parameters'), 'keys already present are not offered');
    const values = await complete(withCursor(FRONT_MATTER_CARD.replace('architecture: dense', 'architecture: |')));
    assert.deepEqual(values.map((i) => i.label), ['dense', 'moe', 'hybrid', 'matformer', 'compound', 'coe']);
  });

  void it('outlines title, sections, sub-sections, fields and benchmarks', async () => {
    const uri = await open(GOOD_CARD);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    const title = symbols[0];
    assert.equal(title?.name, 'Aurora 78B');
    assert.equal(title?.kind, SymbolKind.Class);
    const tech = title?.children?.find((s) => s.name === '🔧 Technical Specifications');
    assert.equal(tech?.kind, SymbolKind.Namespace);
    const arch = tech?.children?.find((s) => s.name === 'Model Architecture');
    assert.equal(arch?.kind, SymbolKind.Module);
    const params = arch?.children?.find((s) => s.name === 'Parameters');
    assert.equal(params?.kind, SymbolKind.Property);
    assert.equal(params?.detail, '78.0B');
    const bench = title?.children?.find((s) => s.name === '📈 Performance Benchmarks');
    assert.deepEqual(bench?.children?.filter((s) => s.kind === SymbolKind.Field).map((s) => s.name), ['MMLU', 'MMLU-Pro', 'GPQA', 'HLE']);
    assert.ok(title?.children?.some((s) => s.name === 'Organization' && s.detail?.includes('Northwind Labs')));
  });

  void it('offers benchmark names used in other open cards', async () => {
    await open(GOOD_CARD.replace('| **HLE** | - |', '| **ARC-AGI** | 12.0 |'));
    const items = await complete(markLine(GOOD_CARD, '| **HLE**', '| ‸', '‸'));
    assert.ok(items.some((i) => i.label === 'ARC-AGI'), 'a name from another open card');
    assert.ok(items.some((i) => i.label === 'HLE'));
    assert.ok(!items.some((i) => i.label === 'MMLU'), 'rows already in this card are not offered');
  });

  void it('shows the ratio with the card numbers on hover', async () => {
    const { text, position } = markLine(GOOD_CARD, '- **Token:Param Ratio:**', '- **Token:Param Ratio:** 23|3:1 ✅ Compute-optimal');
    const uri = await open(text);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.match((h.contents as MarkupContent).value, /18120B ÷ 78B = 232\.3 tokens\/param/);
  });

  void it('returns nothing (and does not fail) for positions outside the document', async () => {
    const uri = await open(GOOD_CARD);
    const far = { line: 5000, character: 3 };
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: far }), null);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: far }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: fileUri(WS, 'never-opened.md') }, position: far }), null);
  });
});
