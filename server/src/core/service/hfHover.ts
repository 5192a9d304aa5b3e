// Hover in a Hugging Face card's front matter: a key's hub-docs wording with what it accepts (nested keys of
// model-index, widget, co2_eq_emissions too), and what a value means (a license's name, a task, a removed task).
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { FrontMatterEntry } from '../parseFrontMatter';
import { HF_KEY_DOC, hfNestedDoc, hfValueMeaning } from '../vocabulary/huggingface/values';
import type { CardDocument } from './document';
import { keyDocumentation } from './hfCompletion';

const within = (pos: Position, e: FrontMatterEntry, which: 'keyRange' | 'valueRange', slack: number): boolean => {
  const r = e[which];
  return r.start.line === pos.line && r.end.line === pos.line && pos.character >= r.start.character && pos.character <= r.end.character + slack;
};

/** A scalar's text without its quotes (block scalars and collections: null). */
function scalarText(e: FrontMatterEntry): string | null {
  if (e.style === 'block' || e.raw === '' || e.raw.startsWith('[') || e.raw.startsWith('{')) return null;
  if (e.style === 'quoted' && e.raw.length >= 2) return e.raw.slice(1, -1);
  return e.raw;
}

/** The hover at `pos` in a Hugging Face card's front matter, or null. */
export function hfHover(doc: CardDocument, pos: Position): Hover | null {
  const entries = doc.analysis.frontMatter?.entries ?? [];
  for (const e of entries) {
    if (e.line > pos.line) break;
    if (!e.item && within(pos, e, 'keyRange', 1)) return keyHover(e);
  }
  // A value: a top-level scalar, an item of a top-level list, or a task type under model-index.
  const value = entries.find((e) => within(pos, e, 'valueRange', 0) && (e.path.length === 1 || (e.item && e.path.length === 2) || isTaskType(e)));
  if (!value) return null;
  const text = scalarText(value);
  const key = isTaskType(value) ? 'task.type' : String(value.path[0]);
  const meaning = text === null ? null : hfValueMeaning(key, text);
  return meaning ? { contents: { kind: MarkupKind.Markdown, value: meaning }, range: value.valueRange } : null;
}

const isTaskType = (e: FrontMatterEntry): boolean => e.path[0] === 'model-index' && e.key === 'type' && e.path[e.path.length - 2] === 'task';

function keyHover(e: FrontMatterEntry): Hover | null {
  const top = e.path.length === 1 ? HF_KEY_DOC.get(e.key) : undefined;
  if (top) return { contents: { kind: MarkupKind.Markdown, value: `**${top.key}**: ${keyDocumentation(top)}` }, range: e.keyRange };
  const nested = e.path.length > 1 ? hfNestedDoc(e.path) : undefined;
  if (!nested) return null;
  const where = e.path.filter((p) => typeof p === 'string').join('.');
  return { contents: { kind: MarkupKind.Markdown, value: `**${where}**${nested.required ? ' (required)' : ''}: ${nested.docs}` }, range: e.keyRange };
}
