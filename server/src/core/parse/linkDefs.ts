// Link reference definitions (`[label]: destination "title"`) at the start of a paragraph.
import type { Range } from 'vscode-languageserver-types';
import { lastAtOrBefore } from '../text';
import { COLON, LBRACKET, NL, normalizeLabel, skipSpaces, unescapeMarkdown } from './chars';
import { destinationBounds, scanDestination, scanLabel, scanTitle } from './linkSyntax';

export interface LinkDefinition {
  /** The label as lookups compare it (normalized, case-folded). */
  label: string;
  /** The destination as written, `<…>` dropped and backslash escapes resolved (entity references as written). */
  destination: string;
  title: string | null;
  /** Line of the definition's `[`. */
  line: number;
  /** Where the destination is written (inside `<…>` when bracketed). */
  destinationRange: Range;
}

/** Where each line's content starts (the block scan). */
export interface ContentStarts {
  content(line: number): number;
}

/** A paragraph's text as one string (lines joined with \n) and where each line's part of it comes from. */
export class JoinedLines {
  text = '';
  /** Per line of the paragraph: offset in `text`, document line, and character where its part starts. */
  readonly offsets: number[] = [];
  readonly lineOf: number[] = [];
  readonly charOf: number[] = [];

  constructor(lines: readonly string[], content: ContentStarts, from: number, to: number) {
    let text = '';
    for (let l = from; l < to; l++) {
      const start = content.content(l);
      const part = (lines[l] ?? '').slice(start);
      this.offsets.push(text.length + (l > from ? 1 : 0));
      this.lineOf.push(l);
      this.charOf.push(start);
      text = l > from ? `${text}\n${part}` : part;
    }
    this.text = text;
  }

  /** Index of the part holding `offset` (a binary search: links are not met in order of their start). */
  partAt(offset: number): number {
    return lastAtOrBefore(this.offsets, offset);
  }

  /** The document position of an offset in `text`. */
  position(offset: number): { line: number; character: number } {
    const k = this.partAt(offset);
    return { line: this.lineOf[k] ?? 0, character: (this.charOf[k] ?? 0) + offset - (this.offsets[k] ?? 0) };
  }
}

/** Skips spaces and tabs and at most one line break; returns the new offset. */
function skipOneBreak(text: string, pos: number, end: number): number {
  pos = skipSpaces(text, pos, end);
  if (pos < end && text.charCodeAt(pos) === NL) pos = skipSpaces(text, pos + 1, end);
  return pos;
}

/** Offset of the end of the line holding `pos` (its \n, or the end of the text). */
function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/**
 * Reads the definitions that open the paragraph of lines [from, to) (content starting at `content[l]`),
 * adds the new ones to `into` (the first definition of a label wins), and returns the first line that is not
 * part of a definition.
 */
export function readDefinitions(lines: readonly string[], content: ContentStarts, from: number, to: number, into: Map<string, LinkDefinition>): number {
  const first = lines[from] ?? '';
  if (first.charCodeAt(content.content(from)) !== LBRACKET) return from;
  const joined = new JoinedLines(lines, content, from, to);
  const text = joined.text;
  const end = text.length;
  let pos = 0;
  while (pos < end && text.charCodeAt(pos) === LBRACKET) {
    const labelEnd = scanLabel(text, pos, end);
    if (labelEnd < 0 || text.charCodeAt(labelEnd + 1) !== COLON) break;
    const destStart = skipOneBreak(text, labelEnd + 2, end);
    const destEnd = scanDestination(text, destStart, end);
    if (destEnd < 0) break;
    // A title must be separated from the destination; after it, only spaces may follow on its line.
    let defEnd = -1;
    let titleEnd = -1;
    const titleStart = skipOneBreak(text, destEnd, end);
    if (titleStart > destEnd && titleStart < end) {
      titleEnd = scanTitle(text, titleStart, end);
      if (titleEnd >= 0 && skipSpaces(text, titleEnd, end) === lineEnd(text, titleEnd)) defEnd = lineEnd(text, titleEnd);
      else titleEnd = -1;
    }
    if (defEnd < 0) {
      if (skipSpaces(text, destEnd, end) !== lineEnd(text, destEnd)) break;
      defEnd = lineEnd(text, destEnd);
    }
    const label = normalizeLabel(text.slice(pos + 1, labelEnd));
    if (label === '') break;
    if (!into.has(label)) {
      const [rawStart, rawEnd] = destinationBounds(text, destStart, destEnd);
      const start = joined.position(rawStart);
      const stop = joined.position(rawEnd);
      into.set(label, {
        label,
        destination: unescapeMarkdown(text.slice(rawStart, rawEnd)),
        title: titleEnd >= 0 ? unescapeMarkdown(text.slice(titleStart + 1, titleEnd - 1)) : null,
        line: joined.position(pos).line,
        destinationRange: { start, end: stop },
      });
    }
    pos = defEnd + 1;
  }
  // Definitions end at line ends: the first line not read is the one holding `pos`.
  if (pos >= end) return to;
  return joined.lineOf[joined.partAt(pos)] ?? to;
}

