// Reads the leaderboard body: title, tag line, fields, sections, benchmarks and tags, with ranges.
import { LineIndex, lineRange } from './text';
import type { BenchmarkRow, Heading, Located, Range, SourceField } from './types';

import { BULLET_FIELDS, HEADER_FIELDS, type BodyFieldName } from './vocabulary/bodyFields';
import { tagLineTags } from './vocabulary/readers';
import { sectionName } from './vocabulary/sections';

export { BULLET_FIELDS, HEADER_FIELDS, type BodyFieldName } from './vocabulary/bodyFields';
export { SECTIONS, SECTION_EMOJI, SUBSECTIONS, sectionName } from './vocabulary/sections';
export { tagLineTags } from './vocabulary/readers';
export type BodyField = SourceField & { name: BodyFieldName };

/** A link in the body: `[text](destination)`. */
export interface BodyLink {
  destination: string;
  destinationRange: Range;
  line: number;
  image: boolean;
}

export interface BodyCard {
  /** First line of the body (after any front matter). */
  startLine: number;
  titles: Located[];
  tagLine: (Located & { tags: string[] }) | null;
  /** Every recognised field occurrence in document order (duplicates included). */
  fields: BodyField[];
  /** The first occurrence of each field, by name. */
  first: Map<BodyFieldName, BodyField>;
  headings: Heading[];
  benchmarks: BenchmarkRow[];
  /** Tags listed in the Model Tags section, or null when the section has no tag line. */
  tagsSection: (Located & { tags: string[] }) | null;
  /** How many spec-defined labels the body has: used to tell a card from other Markdown. */
  cardSignals: number;
  /** Every inline link of the body. */
  links: BodyLink[];
}

// A trailing HTML comment (`<!-- modelcard-disable-line … -->`) is not part of the value.
const HEADER_RE = /^\*\*([^*]+?):\*\*[ \t]*(.*?)\s*(?:<!--(?:(?!-->).)*-->\s*)*$/;
const BULLET_RE = /^([ \t]*[-*+][ \t]+)\*\*([^*]+?):\*\*[ \t]*(.*?)\s*(?:<!--(?:(?!-->).)*-->\s*)*$/;
const HEADING_RE = /^(#{1,3})[ \t]+(.*?)[ \t#]*$/;
const FENCE_RE = /^[ \t]*(```|~~~)/;
const headerNames = new Set<string>(HEADER_FIELDS);
const bulletNames = new Set<string>(BULLET_FIELDS);

/** Parses the body lines from `startLine` on. */
export function parseBody(index: LineIndex, startLine: number): BodyCard {
  const card: BodyCard = { startLine, titles: [], tagLine: null, fields: [], first: new Map(), headings: [], benchmarks: [], tagsSection: null, cardSignals: 0, links: [] };
  let inFence = false;
  let section: string | null = null;
  let sawSection = false;
  let tableColumns: string[] | null = null;

  for (let line = startLine; line < index.lineCount; line++) {
    const text = index.lines[line] ?? '';
    if (text === '') {
      if (!inFence) tableColumns = null; // a blank line ends a table, and is nothing else
      continue;
    }
    // Cheap first-character tests keep the per-line regexes off the hot path of prose lines.
    const first = text.charCodeAt(0);
    if ((first === 96 || first === 126 || first === 32 || first === 9) && FENCE_RE.test(text)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;

    const h = first === 35 /* # */ ? HEADING_RE.exec(text) : null;
    if (h) {
      const level = (h[1] ?? '').length as 1 | 2 | 3;
      const title = h[2] ?? '';
      const start = text.indexOf(title, level);
      const range = lineRange(line, 0, text.length);
      if (level === 1) {
        card.titles.push({ value: title, range: lineRange(line, start, start + title.length) });
      } else {
        const name = sectionName(title, level);
        card.headings.push({ level, text: title, name, range, line });
        if (level === 2) {
          section = name;
          sawSection = true;
          if (name) card.cardSignals++;
        }
      }
      tableColumns = null;
      continue;
    }

    if (!sawSection && card.tagLine === null && text.startsWith('>')) {
      const raw = text.slice(1).trim();
      const start = text.indexOf(raw, 1);
      card.tagLine = { value: raw, range: lineRange(line, raw ? start : 1, raw ? start + raw.length : text.length), tags: tagLineTags(raw) };
      continue;
    }

    if (text.includes('](')) collectLinks(card, line, text);
    const b = text.includes('**') ? BULLET_RE.exec(text) : null;
    if (b && bulletNames.has(b[2] ?? '')) {
      pushField(card, line, text, b[2] ?? '', b[3] ?? '', (b[1] ?? '').length + 2);
      continue;
    }
    const f = first === 42 /* * */ ? HEADER_RE.exec(text) : null;
    if (f && headerNames.has(f[1] ?? '')) {
      pushField(card, line, text, f[1] ?? '', f[2] ?? '', 2);
      continue;
    }

    if (section === 'Performance Benchmarks' && /^\s*\|/.test(text)) {
      tableColumns = readTableRow(card, line, text, tableColumns);
      continue;
    }
    tableColumns = null;

    if (section === 'Model Tags' && card.tagsSection === null) {
      const trimmed = text.trim();
      if (trimmed === '') continue;
      const start = text.indexOf(trimmed);
      const tags = [...trimmed.matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').trim());
      const none = /^_?\*?no specific tags\*?_?$/i.test(trimmed);
      if (tags.length > 0 || none) {
        card.tagsSection = { value: trimmed, range: lineRange(line, start, start + trimmed.length), tags };
      }
    }
  }
  return card;
}

function pushField(card: BodyCard, line: number, text: string, label: string, value: string, labelStart: number): void {
  const keyStart = text.indexOf(label, labelStart - 2);
  // The value starts right after `:**` and its spaces (searching from the end would land in a trailing comment).
  let after = keyStart + label.length + 3;
  while (text[after] === ' ' || text[after] === '\t') after++;
  const valueStart = value ? text.indexOf(value, after) : text.length;
  const field: BodyField = {
    name: label as BodyFieldName,
    key: label,
    keyRange: lineRange(line, keyStart, keyStart + label.length),
    raw: value,
    valueRange: lineRange(line, valueStart, valueStart + value.length),
    line,
  };
  card.fields.push(field);
  if (!card.first.has(field.name)) card.first.set(field.name, field);
  card.cardSignals++;
}

/** Cells of a Markdown table row with their start columns. */
function cells(text: string): { value: string; start: number }[] {
  const out: { value: string; start: number }[] = [];
  let i = text.indexOf('|') + 1;
  while (i > 0 && i <= text.length) {
    let j = text.indexOf('|', i);
    while (j > 0 && text[j - 1] === '\\') j = text.indexOf('|', j + 1);
    if (j < 0) break;
    const rawCell = text.slice(i, j);
    const value = rawCell.trim();
    out.push({ value, start: i + (value ? rawCell.indexOf(value) : 0) });
    i = j + 1;
  }
  return out;
}

/** Reads one row of the benchmark table; returns the header's column names once seen. */
function readTableRow(card: BodyCard, line: number, text: string, columns: string[] | null): string[] | null {
  const row = cells(text);
  if (columns === null) return row.map((c) => c.value.toLowerCase());
  if (row.every((c) => /^:?-{1,}:?$/.test(c.value))) return columns;
  const nameCol = Math.max(0, columns.indexOf('benchmark'));
  const scoreCol = columns.indexOf('score') >= 0 ? columns.indexOf('score') : 1;
  const nameCell = row[nameCol];
  const scoreCell = row[scoreCol];
  if (!nameCell || !scoreCell) return columns;
  const bold = /^\*\*(.+?)\*\*$/.exec(nameCell.value);
  const name = bold ? (bold[1] ?? '') : nameCell.value;
  const nameStart = nameCell.start + (bold ? 2 : 0);
  card.benchmarks.push({
    name,
    nameRange: lineRange(line, nameStart, nameStart + name.length),
    raw: scoreCell.value,
    score: null,
    scoreRange: lineRange(line, scoreCell.start, scoreCell.start + Math.max(scoreCell.value.length, 0)),
    line,
  });
  return columns;
}

/** Inline links `[text](destination …)` of one line (a stand-in until the CommonMark inline reader lands). */
function collectLinks(card: BodyCard, line: number, text: string): void {
  let from = 0;
  for (;;) {
    const at = text.indexOf('](', from);
    if (at < 0) return;
    let i = at + 2;
    while (text[i] === ' ') i++;
    const start = i;
    let depth = 0;
    while (i < text.length && text[i] !== ' ' && !(text[i] === ')' && depth === 0)) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
      i++;
    }
    const destination = text.slice(start, i).replace(/^<|>$/g, '');
    const open = text.lastIndexOf('[', at);
    card.links.push({ destination, destinationRange: lineRange(line, start, i), line, image: open > 0 && text[open - 1] === '!' });
    from = i > at ? i : at + 2;
  }
}
