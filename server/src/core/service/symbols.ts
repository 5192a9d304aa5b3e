// Document symbols for the outline: front matter keys, title, sections and sub-sections, fields, benchmarks.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { describeKey } from '../parse/describe';
import { lineEnd, type CardDocument } from './document';

interface Open {
  symbol: DocumentSymbol;
  level: number;
}

export function documentSymbols(doc: CardDocument): DocumentSymbol[] {
  const { analysis } = doc;
  const end = (line: number): Range['end'] => lineEnd(doc, line);
  const top: DocumentSymbol[] = [];
  const stack: Open[] = [];
  const children = (): DocumentSymbol[] => {
    const parent = stack[stack.length - 1]?.symbol;
    if (!parent) return top;
    parent.children ??= [];
    return parent.children;
  };
  // Closes the open symbols of `level` and deeper, ending them on the line before `line`.
  const closeTo = (level: number, line: number): void => {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) {
      const node = stack.pop();
      if (node) node.symbol.range.end = end(Math.max(node.symbol.range.start.line, line - 1));
    }
  };

  const fm = analysis.frontMatter;
  if (fm) {
    const fmSymbol: DocumentSymbol = {
      name: 'Front matter',
      kind: SymbolKind.Namespace,
      range: { start: { line: fm.openLine, character: 0 }, end: end(fm.closeLine ?? fm.openLine) },
      selectionRange: { start: { line: fm.openLine, character: 0 }, end: end(fm.openLine) },
      children: [],
    };
    // Keys of the first two levels; a nested key goes under the latest top-level key.
    let parent: DocumentSymbol | null = null;
    for (const e of fm.entries) {
      if (e.path.length > 2 || typeof e.path[e.path.length - 1] !== 'string') continue;
      const sym: DocumentSymbol = { name: e.key || '(empty key)', detail: describeKey(e.raw, 60), kind: SymbolKind.Property, range: { start: e.keyRange.start, end: end(e.line) }, selectionRange: e.keyRange };
      if (e.path.length === 1) {
        fmSymbol.children?.push(sym);
        parent = sym;
      } else if (parent && parent.name === e.path[0]) {
        parent.children ??= [];
        parent.children.push(sym);
        parent.range.end = end(e.line);
      }
    }
    top.push(fmSymbol);
  }

  const body = analysis.body;
  if (!body) return top;
  const items: { line: number; make: () => void }[] = [];
  for (const t of body.titles) {
    const line = t.range.start.line;
    items.push({ line, make: () => open(1, { name: describeKey(t.value, 200) || '(untitled)', kind: SymbolKind.Class, range: { start: { line, character: 0 }, end: end(line) }, selectionRange: t.range }) });
  }
  for (const h of body.headings) {
    items.push({ line: h.line, make: () => open(h.level, { name: describeKey(h.text, 200) || '(empty heading)', kind: h.level === 2 ? SymbolKind.Namespace : SymbolKind.Module, range: { ...h.range }, selectionRange: h.range }) });
  }
  for (const f of body.fields) {
    items.push({ line: f.line, make: () => children().push({ name: f.name, detail: describeKey(f.raw, 60), kind: SymbolKind.Property, range: { start: f.keyRange.start, end: end(f.line) }, selectionRange: f.keyRange }) });
  }
  for (const b of body.benchmarks) {
    items.push({ line: b.line, make: () => children().push({ name: describeKey(b.name, 200) || '(unnamed)', detail: describeKey(b.raw, 60), kind: SymbolKind.Field, range: { start: { line: b.line, character: 0 }, end: end(b.line) }, selectionRange: b.nameRange }) });
  }
  function open(level: number, symbol: DocumentSymbol): void {
    closeTo(level, symbol.range.start.line);
    children().push(symbol);
    stack.push({ symbol, level });
  }
  for (const item of items.sort((a, b) => a.line - b.line)) item.make();
  closeTo(0, analysis.index.lineCount);
  return top;
}
