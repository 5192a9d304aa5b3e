// Completion: field labels, enum values, tiers, benchmark names, front matter keys and values, lab links.
// Where the cursor is comes from the parsed card and short hand-written scans (no regex over a long line).
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { BodyField } from '../parseBody';
import { BODY_FIELDS, type SnippetValues } from '../vocabulary/bodyFields';
import { USUAL_BENCHMARKS, usualBenchmark } from '../vocabulary/benchmarks';
import { frontMatterKey, KNOWN_KEYS } from '../vocabulary/keys';
import { readAlScore } from '../vocabulary/readers';
import { ACCESS_LABELS, BODY_TYPES, MONTHS, TIERS } from '../vocabulary/words';
import { formatAlScore, ratioText } from '../rules/derivation';
import { esc, fieldItem, snippetItem, valueItem } from './completionItems';
import { lineRange, validPosition, type CardDocument } from './document';
import { hfFrontMatterCompletions } from './hfCompletion';

export const TRIGGER_CHARACTERS = ['*', ':', '(', '|', ' ', '[', '-'];

/** A lab of the workspace, for the Organization link. */
export interface Lab {
  slug: string;
  name: string;
  /** Link target relative to the card's folder. */
  link: string;
}

export interface CompletionSources {
  /** Benchmark names used in the workspace's cards other than the document `uri`. */
  otherBenchmarks?: (uri: string) => readonly string[];
  /** Labs of the `labs/` folder of the document `uri`'s repository, linked relative to it. */
  labs?: (uri: string) => readonly Lab[];
  /** Today, for dates (tests pass a fixed one). */
  now?: () => Date;
}

/** Completion items at a position; empty outside a card's fields, tables and front matter. */
export function completions(doc: CardDocument, position: Position, sources: CompletionSources = {}): CompletionItem[] {
  const pos = validPosition(doc, position);
  if (!pos) return [];
  const { analysis } = doc;
  const lineText = analysis.index.lines[pos.line] ?? '';
  const before = lineText.slice(0, pos.character);
  const fm = analysis.frontMatter;
  if (fm && pos.line > fm.openLine && (fm.closeLine === null || pos.line < fm.closeLine)) {
    return analysis.format === 'huggingface' ? hfFrontMatterCompletions(doc, pos, lineText) : frontMatterCompletions(doc, pos, before);
  }
  if (fm && pos.line <= (fm.closeLine ?? fm.openLine)) return [];
  return bodyCompletions(doc, pos, before, lineText, sources);
}

function snippetValues(doc: CardDocument, now: Date): SnippetValues {
  const m = doc.analysis.metrics;
  return {
    year: now.getFullYear(),
    today: now.toISOString().slice(0, 10),
    alScore: m.alScoreRounded !== null && m.tier !== null ? formatAlScore(m.alScoreRounded, m.tier) : null,
    ratio: m.writtenRatio !== null ? ratioText(m.writtenRatio, doc.config.computeOptimalRatio) : null,
  };
}

function bodyCompletions(doc: CardDocument, pos: Position, before: string, lineText: string, sources: CompletionSources): CompletionItem[] {
  const { analysis } = doc;
  const field = analysis.body?.fields.find((f) => f.line === pos.line && pos.character >= f.keyRange.end.character + 3);
  if (field) return valueCompletions(doc, field, pos, lineText, sources);

  const section = sectionAt(doc, pos.line);
  if (section === 'Performance Benchmarks') {
    const items = benchmarkItems(doc, pos, before, lineText, sources);
    if (items) return items;
  }
  const label = labelPrefix(before);
  const fieldArea = section === null || section === 'Technical Specifications';
  if (label && (fieldArea || label.bullet)) {
    const r = lineRange(pos.line, label.start, pos.character);
    const values = snippetValues(doc, sources.now?.() ?? new Date());
    const bulletFirst = section === 'Technical Specifications' || label.bullet;
    return BODY_FIELDS.map((spec, i) => fieldItem(spec, spec.place === 'bullet', r, values, (spec.place === 'bullet' === bulletFirst ? 0 : 100) + i));
  }
  return [];
}

/** Values for the field whose value the cursor is in. */
function valueCompletions(doc: CardDocument, field: BodyField, pos: Position, lineText: string, sources: CompletionSources): CompletionItem[] {
  let start = field.keyRange.end.character + 3;
  while (start < pos.character && (lineText[start] === ' ' || lineText[start] === '\t')) start++;
  const r = lineRange(pos.line, start, pos.character);
  const typed = lineText.slice(start, pos.character);
  const values = snippetValues(doc, sources.now?.() ?? new Date());
  switch (field.name) {
    case 'Access':
      return Object.values(ACCESS_LABELS).map((l, i) => valueItem(l, r, CompletionItemKind.EnumMember, 'Access', i));
    case 'Type':
      return [...BODY_TYPES, '-'].map((t, i) => valueItem(t, r, CompletionItemKind.EnumMember, 'Type', i));
    case 'Released':
      return [...MONTHS.map((mo, i) => snippetItem(`${mo}/`, `${mo}/\${1:${values.year}}`, r, CompletionItemKind.EnumMember, 'Release month', i)), valueItem('TBA', r, CompletionItemKind.EnumMember, 'Not released yet', 12)];
    case 'ALScore': {
      // After `4.0 (` the tiers; else the computed score.
      const open = typed.indexOf('(');
      if (open >= 0 && !typed.includes(')') && readAlScore(typed.slice(0, open)).kind === 'value') {
        return TIERS.map((t, i) => valueItem(t, lineRange(pos.line, start + open + 1, pos.character), CompletionItemKind.EnumMember, 'Tier', i));
      }
      return values.alScore ? [valueItem(values.alScore, r, CompletionItemKind.Value, 'Computed from Parameters and Training Tokens')] : [];
    }
    case 'Token:Param Ratio':
      return values.ratio ? [valueItem(values.ratio, r, CompletionItemKind.Value, 'Computed from Training Tokens ÷ Parameters')] : [];
    case 'Organization':
      return (sources.labs?.(doc.uri) ?? []).map((lab, i) => valueItem(`[${lab.name}](${lab.link})`, r, CompletionItemKind.Reference, `Lab profile labs/${lab.slug}.md`, i));
    default:
      return [];
  }
}

/**
 * A field label being typed at a line start: optional indentation, an optional bullet, stars and letters
 * (`- **Para`); null when the line holds anything else before the cursor (a finished label included).
 */
function labelPrefix(before: string): { start: number; bullet: boolean } | null {
  let i = 0;
  while (i < before.length && (before[i] === ' ' || before[i] === '\t')) i++;
  const start = i;
  let bullet = false;
  if ((before[i] === '-' || before[i] === '*' || before[i] === '+') && (i + 1 === before.length || before[i + 1] === ' ' || before[i + 1] === '\t')) {
    bullet = true;
    i++;
    while (i < before.length && (before[i] === ' ' || before[i] === '\t')) i++;
  }
  while (before[i] === '*') i++;
  const wordStart = i;
  while (i < before.length && /[A-Za-z:' ]/.test(before[i] ?? '')) i++;
  if (i !== before.length) return null;
  // `**Access:**` is finished: the value comes next, not another label.
  if (before.slice(wordStart).includes(':') && before.endsWith('**')) return null;
  return { start, bullet };
}

/** The canonical name of the level-2 section holding a line, or null before the first section. */
function sectionAt(doc: CardDocument, line: number): string | null {
  let name: string | null = null;
  for (const h of doc.analysis.body?.headings ?? []) {
    if (h.line > line) break;
    if (h.level === 2) name = h.name ?? h.text;
  }
  return name;
}

/** Benchmark rows in the Performance Benchmarks table: at a line start, or in the first cell. */
function benchmarkItems(doc: CardDocument, pos: Position, before: string, lineText: string, sources: CompletionSources): CompletionItem[] | null {
  const trimmed = before.trimStart();
  const pipe = firstCellStart(before);
  const inCell = pipe !== null;
  if (!inCell && trimmed !== '') return null;
  const present = new Set((doc.analysis.body?.benchmarks ?? []).filter((b) => b.line !== pos.line).map((b) => b.name));
  const usual = USUAL_BENCHMARKS.map((b) => b.name);
  const others = [...new Set(sources.otherBenchmarks?.(doc.uri) ?? [])].filter((n) => !usualBenchmark(n)).sort();
  const names = [...usual, ...others].filter((n) => !present.has(n));
  const restEmpty = lineText.slice(pos.character).trim() === '';
  const start = pipe !== null ? pipe + 1 : before.length - trimmed.length;
  const r = lineRange(pos.line, start, pos.character);
  return names.map((name, i) => {
    const description = usualBenchmark(name)?.description ?? '';
    const row = restEmpty ? ` **${esc(name)}** | \${1:-} | \${2:${esc(description)}} |` : ` **${esc(name)}** `;
    const item = snippetItem(name, inCell ? row : `|${row}`, r, CompletionItemKind.Constant, description || 'Benchmark used in another card', i);
    return { ...item, filterText: inCell ? ` **${name}**` : `| **${name}**` };
  });
}

/** The column of a table row's first `|` when the cursor is in its first cell (`| **MM`), else null. */
function firstCellStart(before: string): number | null {
  let i = 0;
  while (before[i] === ' ' || before[i] === '\t') i++;
  if (before[i] !== '|') return null;
  const pipe = i++;
  while (before[i] === ' ' || before[i] === '\t') i++;
  while (before[i] === '*') i++;
  for (; i < before.length; i++) if (before[i] === '|' || before[i] === '*') return null;
  return pipe;
}

function frontMatterCompletions(doc: CardDocument, pos: Position, before: string): CompletionItem[] {
  const { analysis } = doc;
  const line = pos.line;
  if (/^[A-Za-z_-]*$/.test(before)) {
    const present = new Set((analysis.frontMatter?.entries ?? []).filter((e) => e.path.length === 1 && e.line !== line).map((e) => e.key));
    const r = lineRange(line, 0, pos.character);
    return KNOWN_KEYS.filter((k) => !present.has(k.key)).map((k, i) => snippetItem(k.key, `${k.key}: $0`, r, CompletionItemKind.Property, k.docs, i));
  }
  const colon = before.indexOf(':');
  if (colon > 0 && /^[A-Za-z_-]+$/.test(before.slice(0, colon))) {
    const typed = before.slice(colon + 1).trimStart();
    if (/\s/.test(typed)) return [];
    const key = before.slice(0, colon);
    const r = lineRange(line, pos.character - typed.length, pos.character);
    const spec = frontMatterKey(key);
    const values = key === 'released' ? ['TBA'] : (spec?.choices ?? []);
    return values.map((val, i) => valueItem(val, r, CompletionItemKind.EnumMember, key, i));
  }
  const indent = before.length - before.trimStart().length;
  if (indent > 0 && /^[A-Za-z0-9_. -]*$/.test(before.slice(indent)) && parentKey(doc, line) === 'benchmarks') {
    const r = lineRange(line, indent, pos.character);
    return USUAL_BENCHMARKS.map((b, i) => snippetItem(b.name, `${b.name}: \${1:null}`, r, CompletionItemKind.Constant, b.description, i));
  }
  return [];
}

/** The top-level key a nested front matter line belongs to. */
function parentKey(doc: CardDocument, line: number): string | null {
  let parent: string | null = null;
  for (const e of doc.analysis.frontMatter?.entries ?? []) {
    if (e.line >= line) break;
    if (e.path.length === 1) parent = e.key;
  }
  return parent;
}
