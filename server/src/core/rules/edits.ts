// Line edits that fixes share: adding a line after another, removing a whole line.
import type { LineIndex } from '../text';
import { lineRange } from '../text';
import type { TextEdit } from '../types';

/** An edit adding a line after `line`, staying inside the document when `line` is the last one. */
export function lineInsertAfter(index: LineIndex, line: number, text: string): TextEdit {
  if (line + 1 < index.lineCount) return { range: lineRange(line + 1, 0, 0), newText: `${text}\n` };
  const end = (index.lines[line] ?? '').length;
  return { range: lineRange(line, end, end), newText: `\n${text}` };
}

/** An edit removing a whole line with its line break, staying inside the document when it is the last line. */
export function lineDelete(index: LineIndex, line: number): TextEdit {
  if (line + 1 < index.lineCount) return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  const prev = Math.max(0, line - 1);
  return { range: { start: { line: prev, character: line > 0 ? (index.lines[prev] ?? '').length : 0 }, end: { line, character: (index.lines[line] ?? '').length } }, newText: '' };
}
