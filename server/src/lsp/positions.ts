// Positions from the client are checked before use: a line past the end or a negative character is no
// request to answer (and must never be echoed back in a result's range).
import type { Position, Range } from 'vscode-languageserver/node';

/** The position when it lies in the document, its character clamped to the line's end (as LSP says); else null. */
export function validPosition(lines: readonly string[], pos: Position | undefined): Position | null {
  if (!pos || !Number.isSafeInteger(pos.line) || !Number.isSafeInteger(pos.character)) return null;
  if (pos.line < 0 || pos.character < 0 || pos.line >= lines.length) return null;
  return { line: pos.line, character: Math.min(pos.character, (lines[pos.line] ?? '').length) };
}

/** The range when both ends are positions with finite numbers (they may lie outside the document); else null. */
export function wellFormedRange(range: Range | undefined): Range | null {
  const ok = (p: Position | undefined): boolean => !!p && Number.isFinite(p.line) && Number.isFinite(p.character);
  return range && ok(range.start) && ok(range.end) ? range : null;
}
