// Document symbols for the outline: title, sections and sub-sections, fields, benchmarks, front matter.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver/node';
import type { CardAnalysis } from '../core';

interface Node {
  symbol: DocumentSymbol;
  level: number;
}

export function documentSymbols(analysis: CardAnalysis): DocumentSymbol[] {
  const lines = analysis.index.lines;
  const lineEnd = (line: number): Range['end'] => ({ line, character: (lines[line] ?? '').length });
  const top: DocumentSymbol[] = [];
  const stack: Node[] = [];
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
      if (node) node.symbol.range.end = lineEnd(Math.max(node.symbol.range.start.line, line - 1));
    }
  };

  const fm = analysis.frontMatter;
  if (fm) {
    const end = fm.closeLine ?? fm.openLine;
    // Keys of the top two levels; list items and keys inside them stay out of the outline.
    const entries = fm.entries.filter((e) => e.path.length <= 2 && !e.item);
    const fmSymbol: DocumentSymbol = {
      name: 'Front matter',
      kind: SymbolKind.Namespace,
      range: { start: { line: fm.openLine, character: 0 }, end: lineEnd(end) },
      selectionRange: { start: { line: fm.openLine, character: 0 }, end: lineEnd(fm.openLine) },
      children: [],
    };
    for (const e of entries) {
      const sym: DocumentSymbol = { name: e.key, detail: e.raw, kind: SymbolKind.Property, range: { start: e.keyRange.start, end: lineEnd(e.line) }, selectionRange: e.keyRange };
      const parent = e.path.length === 2 ? [...(fmSymbol.children ?? [])].reverse().find((c) => c.name === e.path[0]) : undefined;
      if (parent) {
        parent.children ??= [];
        parent.children.push(sym);
        parent.range.end = lineEnd(e.line);
      } else fmSymbol.children?.push(sym);
    }
    top.push(fmSymbol);
  }

  const body = analysis.body;
  if (!body) return top;
  type Item = { line: number; make: () => void };
  const items: Item[] = [];
  for (const t of body.titles) {
    items.push({ line: t.range.start.line, make: () => open(1, { name: t.value || '(untitled)', kind: SymbolKind.Class, range: { start: { line: t.range.start.line, character: 0 }, end: lineEnd(t.range.start.line) }, selectionRange: t.range }) });
  }
  for (const h of body.headings) {
    items.push({ line: h.line, make: () => open(h.level, { name: h.text, kind: h.level === 2 ? SymbolKind.Namespace : SymbolKind.Module, range: { ...h.range }, selectionRange: h.range }) });
  }
  for (const f of body.fields) {
    items.push({ line: f.line, make: () => children().push({ name: f.name, detail: f.raw, kind: SymbolKind.Property, range: { start: f.keyRange.start, end: lineEnd(f.line) }, selectionRange: f.keyRange }) });
  }
  for (const b of body.benchmarks) {
    items.push({ line: b.line, make: () => children().push({ name: b.name, detail: b.raw, kind: SymbolKind.Field, range: { start: { line: b.line, character: 0 }, end: lineEnd(b.line) }, selectionRange: b.nameRange }) });
  }
  function open(level: number, symbol: DocumentSymbol): void {
    closeTo(level, symbol.range.start.line);
    children().push(symbol);
    stack.push({ symbol, level });
  }
  for (const item of items.sort((a, b) => a.line - b.line)) item.make();
  closeTo(0, lines.length);
  return top;
}
