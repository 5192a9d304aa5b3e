// Completion: field labels, enum values, tiers, benchmark names, front matter keys/values and lab links.
import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver/node';
import { ACCESS, ARCHITECTURES, BULLET_FIELDS, FRONT_MATTER_KEYS, HEADER_FIELDS, MONTHS, TIERS, formatAlScore, ratioText, ACCESS_LABELS, BODY_TYPES, type CardAnalysis } from '../core';
import type { CardEntry } from './analysisCache';
import { esc, fieldItem, snippetItem, valueItem, type Computed } from './completionItems';
import { BENCHMARK_DOCS, FRONT_MATTER_DOCS } from './fieldDocs';
import type { Lab } from './labs';

export const TRIGGER_CHARACTERS = ['*', ':', '(', '|', ' ', '[', '-'];

export interface CompletionSources {
  /** Benchmark names used in the workspace's other open cards. */
  otherBenchmarks: () => string[];
  /** Labs of the workspace's `labs/` folder. */
  labs: () => Lab[];
}

const range = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });

export function completions(entry: CardEntry, pos: Position, sources: CompletionSources): CompletionItem[] {
  const { analysis } = entry;
  const lineText = analysis.index.lines[pos.line] ?? '';
  const before = lineText.slice(0, pos.character);
  const fm = analysis.frontMatter;
  if (fm && pos.line > fm.openLine && (fm.closeLine === null || pos.line < fm.closeLine)) return frontMatterCompletions(analysis, pos, before);
  if (fm && pos.line <= (fm.closeLine ?? fm.openLine)) return [];
  return bodyCompletions(entry, pos, before, lineText, sources);
}

function bodyCompletions(entry: CardEntry, pos: Position, before: string, lineText: string, sources: CompletionSources): CompletionItem[] {
  const { analysis, config } = entry;
  const m = analysis.metrics;
  const line = pos.line;
  const value = (re: RegExp): { start: number } | null => {
    const r = re.exec(before);
    return r ? { start: r[0].length - (r[1] ?? '').length } : null;
  };

  let v = value(/^\*\*Access:\*\*\s*(.*)$/);
  if (v) return Object.values(ACCESS_LABELS).map((l, i) => valueItem(l, range(line, v!.start, pos.character), CompletionItemKind.EnumMember, 'Access', i));
  v = value(/^\s*[-*+]\s+\*\*Type:\*\*\s*(.*)$/);
  if (v) return [...BODY_TYPES, '-'].map((t, i) => valueItem(t, range(line, v!.start, pos.character), CompletionItemKind.EnumMember, 'Type', i));
  v = value(/^\*\*Released:\*\*\s*(.*)$/);
  if (v) {
    const year = new Date().getFullYear();
    const r = range(line, v.start, pos.character);
    return [...MONTHS.map((mo, i) => snippetItem(`${mo}/`, `${mo}/\${1:${year}}`, r, CompletionItemKind.EnumMember, 'Release month', i)), valueItem('TBA', r, CompletionItemKind.EnumMember, 'Not released yet', 12)];
  }
  v = value(/^\s*[-*+]\s+\*\*ALScore:\*\*\s*\d+(?:\.\d+)?\s*\(([^)]*)$/);
  if (v) return TIERS.map((t, i) => valueItem(t, range(line, v!.start, pos.character), CompletionItemKind.EnumMember, 'Tier', i));
  v = value(/^\s*[-*+]\s+\*\*ALScore:\*\*\s*(.*)$/);
  if (v) return m.alScoreRounded !== null && m.tier !== null ? [valueItem(formatAlScore(m.alScoreRounded, m.tier), range(line, v.start, pos.character), CompletionItemKind.Value, 'Computed from Parameters and Training Tokens')] : [];
  v = value(/^\s*[-*+]\s+\*\*Token:Param Ratio:\*\*\s*(.*)$/);
  if (v) return m.writtenRatio !== null ? [valueItem(ratioText(m.writtenRatio, config.computeOptimalRatio), range(line, v.start, pos.character), CompletionItemKind.Value, 'Computed from Training Tokens ÷ Parameters')] : [];
  v = value(/^\*\*Organization:\*\*\s*(.*)$/);
  if (v) {
    const r = range(line, v.start, pos.character);
    return sources.labs().map((lab, i) => valueItem(`[${lab.name}](${lab.link})`, r, CompletionItemKind.Reference, `Lab profile labs/${lab.slug}.md`, i));
  }

  const section = sectionAt(analysis, line);
  if (section === 'Performance Benchmarks') {
    const cell = /^\s*\|\s*\**([^|*]*)$/.exec(before);
    if (cell || before.trim() === '') return benchmarkItems(entry, pos, before, lineText, sources, cell !== null);
  }

  // A field label: at a line start, after an optional bullet and stars.
  const label = /^(\s*)((?:[-*+](?:\s+|$))?\**[A-Za-z:' ]*)$/.exec(before);
  const fieldArea = section === null || section === 'Technical Specifications';
  if (label && (fieldArea || /[-*]/.test(label[2] ?? '')) && !/^\s*\*\*[A-Za-z' ]+:\*\*/.test(before)) {
    const r = range(line, (label[1] ?? '').length, pos.character);
    const computed: Computed = {
      alScore: m.alScoreRounded !== null && m.tier !== null ? formatAlScore(m.alScoreRounded, m.tier) : null,
      ratio: m.writtenRatio !== null ? ratioText(m.writtenRatio, config.computeOptimalRatio) : null,
    };
    const bulletFirst = section === 'Technical Specifications' || (label[2] ?? '').startsWith('-');
    return [
      ...HEADER_FIELDS.map((f, i) => fieldItem(f, false, r, computed, (bulletFirst ? 100 : 0) + i)),
      ...BULLET_FIELDS.map((f, i) => fieldItem(f, true, r, computed, (bulletFirst ? 0 : 100) + i)),
    ];
  }
  return [];
}

/** The canonical name of the level-2 section holding a line, or null before the first section. */
function sectionAt(analysis: CardAnalysis, line: number): string | null {
  let name: string | null = null;
  for (const h of analysis.body?.headings ?? []) {
    if (h.line > line) break;
    if (h.level === 2) name = h.name ?? h.text;
  }
  return name;
}

function benchmarkItems(entry: CardEntry, pos: Position, before: string, lineText: string, sources: CompletionSources, inCell: boolean): CompletionItem[] {
  const present = new Set((entry.analysis.body?.benchmarks ?? []).filter((b) => b.line !== pos.line).map((b) => b.name));
  const names = [...Object.keys(BENCHMARK_DOCS), ...sources.otherBenchmarks().filter((n) => !(n in BENCHMARK_DOCS)).sort()].filter((n) => !present.has(n));
  const restEmpty = lineText.slice(pos.character).trim() === '';
  const start = inCell ? before.indexOf('|') + 1 : before.length - before.trimStart().length;
  const r = range(pos.line, start, pos.character);
  return names.map((name, i) => {
    const description = BENCHMARK_DOCS[name] ?? '';
    const row = restEmpty ? ` **${esc(name)}** | \${1:-} | \${2:${esc(description)}} |` : ` **${esc(name)}** `;
    return snippetItem(name, inCell ? row : `|${row}`, r, CompletionItemKind.Constant, description || 'Benchmark used in another open card', i);
  }).map((item) => ({ ...item, filterText: inCell ? ` **${item.label}**` : `| **${item.label}**` }));
}

function frontMatterCompletions(analysis: CardAnalysis, pos: Position, before: string): CompletionItem[] {
  const line = pos.line;
  const keyStart = /^([A-Za-z_-]*)$/.exec(before);
  if (keyStart) {
    const present = new Set((analysis.frontMatter?.entries ?? []).filter((e) => e.path.length === 1 && e.line !== line).map((e) => e.key));
    const r = range(line, 0, pos.character);
    return FRONT_MATTER_KEYS.filter((k) => !present.has(k)).map((k, i) => ({
      ...snippetItem(k, `${k}: $0`, r, CompletionItemKind.Property, FRONT_MATTER_DOCS[k], i),
    }));
  }
  const keyValue = /^([A-Za-z_-]+):\s*(\S*)$/.exec(before);
  if (keyValue) {
    const r = range(line, pos.character - (keyValue[2] ?? '').length, pos.character);
    const values: Record<string, readonly string[]> = { access: ACCESS, architecture: ARCHITECTURES, released: ['TBA'], license: ['mit', 'apache-2.0', 'other'] };
    return (values[keyValue[1] ?? ''] ?? []).map((val, i) => valueItem(val, r, CompletionItemKind.EnumMember, keyValue[1], i));
  }
  const nested = /^(\s+)([A-Za-z0-9_. -]*)$/.exec(before);
  if (nested && parentKey(analysis, line) === 'benchmarks') {
    const r = range(line, (nested[1] ?? '').length, pos.character);
    return Object.keys(BENCHMARK_DOCS).map((name, i) => snippetItem(name, `${name}: \${1:null}`, r, CompletionItemKind.Constant, BENCHMARK_DOCS[name], i));
  }
  return [];
}

/** The top-level key a nested front matter line belongs to. */
function parentKey(analysis: CardAnalysis, line: number): string | null {
  for (let l = line - 1; l > (analysis.frontMatter?.openLine ?? 0); l--) {
    const m = /^([A-Za-z_-]+):/.exec(analysis.index.lines[l] ?? '');
    if (m) return m[1] ?? null;
  }
  return null;
}
