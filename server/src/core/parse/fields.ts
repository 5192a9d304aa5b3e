// A card field at the start of a paragraph line: `**Label:** value`.
import { COLON, isSpaceOrTab, isTrimSpace, STAR } from './chars';

/** Where a field's parts lie on its line: the label [labelStart, labelEnd), the value from `valueStart` to `valueEnd` (trimmed). */
export interface FieldBounds {
  labelStart: number;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * The field whose `**` is at `at`, or null: a label without `*` closed by the first `:**`, then the value to the
 * end of the line, trimmed.
 */
export function readField(text: string, at: number): FieldBounds | null {
  if (text.charCodeAt(at) !== STAR || text.charCodeAt(at + 1) !== STAR) return null;
  let i = at + 2;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === STAR) return null;
    if (c === COLON && text.charCodeAt(i + 1) === STAR && text.charCodeAt(i + 2) === STAR) break;
  }
  if (i >= text.length || i === at + 2) return null;
  let valueStart = i + 3;
  while (valueStart < text.length && isSpaceOrTab(text.charCodeAt(valueStart))) valueStart++;
  let valueEnd = text.length;
  while (valueEnd > valueStart && isTrimSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
  return { labelStart: at + 2, labelEnd: i, valueStart, valueEnd };
}
