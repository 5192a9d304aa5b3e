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
 * end of the line, trimmed. The same object is returned every time: read it before the next call.
 */
export function readField(text: string, at: number): FieldBounds | null {
  if (text.charCodeAt(at) !== STAR || text.charCodeAt(at + 1) !== STAR) return null;
  // The label holds no `*`: the first one after it must open the closing `:**`.
  const star = text.indexOf('*', at + 2);
  if (star <= at + 3 || text.charCodeAt(star - 1) !== COLON || text.charCodeAt(star + 1) !== STAR) return null;
  let valueStart = star + 2;
  while (valueStart < text.length && isSpaceOrTab(text.charCodeAt(valueStart))) valueStart++;
  let valueEnd = text.length;
  while (valueEnd > valueStart && isTrimSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
  BOUNDS.labelStart = at + 2;
  BOUNDS.labelEnd = star - 1;
  BOUNDS.valueStart = valueStart;
  BOUNDS.valueEnd = valueEnd;
  return BOUNDS;
}

// One object serves every call (a card has a field on most lines): callers read it before the next call.
const BOUNDS: FieldBounds = { labelStart: 0, labelEnd: 0, valueStart: 0, valueEnd: 0 };
