// Completion in a Hugging Face card's front matter: the documented keys not yet present, and the values of the
// Hub's lists (licenses, tasks, libraries, base_model_relation, booleans) after `key:`, in `[a, b]` and in `- ` items.
// The cursor's context comes from short scans of the line; the nesting from the parsed entries.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { FrontMatterEntry } from '../parseFrontMatter';
import { HF_KEY_DOCS, type HfKeyDoc } from '../vocabulary/huggingface/keyDocs';
import { HF_BOOLEANS, hfChoices, hfNestedDoc, hfValuesSummary, type HfChoice } from '../vocabulary/huggingface/values';
import { esc } from './completionItems';
import { lineRange, type CardDocument } from './document';

const isKeyChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_-]/.test(c);
/** A value token's characters: anything but separators, quotes and spaces. */
const isValueChar = (c: string | undefined): boolean => c !== undefined && !/[\s,[\]{}"'#]/.test(c);
const sortText = (i: number): string => String(i).padStart(3, '0');
const SUGGEST = { title: 'Suggest values', command: 'editor.action.triggerSuggest' } as const;

/** Completion items in a Hugging Face card's front matter at `pos`. */
export function hfFrontMatterCompletions(doc: CardDocument, pos: Position, lineText: string): CompletionItem[] {
  const before = lineText.slice(0, pos.character);
  let i = 0;
  while (isKeyChar(before[i])) i++;
  if (i === before.length) return keyItems(doc, pos, lineText);

  const indent = before.length - before.trimStart().length;
  const rest = before.slice(indent);
  // `- value` (an item of the list above) or `key: value` (at the top, or `type:` under model-index's task).
  if (rest.startsWith('-') && (rest.length === 1 || rest[1] === ' ')) {
    const key = listOwner(doc, pos.line, indent);
    return key ? valueItems(hfChoices(key), pos, lineText, before, indent + 1) : [];
  }
  let k = 0;
  while (isKeyChar(rest[k])) k++;
  if (k === 0 || rest[k] !== ':') return [];
  const choices = indent === 0 ? hfChoices(rest.slice(0, k)) : nestedChoices(doc, pos.line, rest.slice(0, k));
  return valueItems(choices, pos, lineText, before, indent + k + 1);
}

/** The documented keys not present, replacing the word at the cursor. */
function keyItems(doc: CardDocument, pos: Position, lineText: string): CompletionItem[] {
  let end = pos.character;
  while (isKeyChar(lineText[end])) end++;
  const hasColon = lineText[end] === ':';
  const present = new Set((doc.analysis.frontMatter?.entries ?? []).filter((e) => e.path.length === 1 && e.line !== pos.line).map((e) => e.key));
  const range = lineRange(pos.line, 0, end);
  const keys = HF_KEY_DOCS.filter((d) => !present.has(d.key));
  // Current keys first, in hub-docs order; legacy ones after.
  const ordered = [...keys.filter((d) => !d.legacy), ...keys.filter((d) => d.legacy)];
  return ordered.map((d, i) => {
    const choices = hfChoices(d.key).length > 0;
    const item: CompletionItem = {
      label: d.key,
      kind: CompletionItemKind.Property,
      detail: d.legacy ? 'Hugging Face metadata (legacy)' : 'Hugging Face metadata',
      documentation: { kind: MarkupKind.Markdown, value: keyDocumentation(d) },
      sortText: sortText(i),
      filterText: d.key,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: hasColon ? esc(d.key) : keySnippet(d) },
    };
    return choices && !hasColon && !d.example.startsWith('\n') ? { ...item, command: SUGGEST } : item;
  });
}

/** A key's hover and completion documentation: hub-docs' wording, what it accepts, an example. */
export function keyDocumentation(d: HfKeyDoc): string {
  const summary = hfValuesSummary(d.key);
  const example = d.example.startsWith('\n') ? `${d.key}:${d.example}` : `${d.key}: ${d.example}`;
  return [d.docs, ...(summary ? [summary] : []), '```yaml\n' + example + '\n```'].join('\n\n');
}

/** `key: $0`, or a block start when the key's example is a list (`key:\n- $0`) or a mapping (`key:\n  $0`). */
function keySnippet(d: HfKeyDoc): string {
  const key = esc(d.key);
  if (!d.example.startsWith('\n')) return `${key}: $0`;
  return d.example.startsWith('\n-') ? `${key}:\n- $0` : `${key}:\n  $0`;
}

/** `choices` for the token before the cursor, after column `from` (past `key:` or `-`), in a flow list too. */
function valueItems(choices: readonly HfChoice[], pos: Position, lineText: string, before: string, from: number): CompletionItem[] {
  if (choices.length === 0) return [];
  let start = from;
  while (start < before.length && before[start] === ' ') start++;
  // In `[a, b` the token starts after the last `[` or `,`.
  if (before[start] === '[') {
    for (let j = before.length - 1; j >= start; j--) {
      if (before[j] === '[' || before[j] === ',') {
        start = j + 1;
        break;
      }
    }
    while (start < before.length && before[start] === ' ') start++;
  }
  if (before[start] === '"' || before[start] === "'") start++;
  for (let j = start; j < before.length; j++) if (!isValueChar(before[j])) return [];
  let end = pos.character;
  while (isValueChar(lineText[end])) end++;
  const range = lineRange(pos.line, start, end);
  return choices.map((c, i) => ({
    label: c.value,
    kind: CompletionItemKind.EnumMember,
    ...(c.detail ? { detail: c.detail } : {}),
    sortText: sortText(i),
    filterText: c.value,
    textEdit: { range, newText: c.value },
  }));
}

/** The top-level key whose block list holds a `- ` item at `line` and `indent` (`license:` then `- mit`). */
function listOwner(doc: CardDocument, line: number, indent: number): string | null {
  let owner: FrontMatterEntry | null = null;
  for (const e of doc.analysis.frontMatter?.entries ?? []) {
    if (e.line >= line) break;
    if (e.path.length === 1) owner = e;
    else if (e.line < line && e.indent < indent && !e.item) owner = null; // a nested key in between: not the top-level list
  }
  return owner ? owner.key : null;
}

/** For a nested `key:` line, its values: a task's `type` under model-index takes a pipeline tag, a boolean true or false. */
function nestedChoices(doc: CardDocument, line: number, key: string): readonly HfChoice[] {
  const entry = (doc.analysis.frontMatter?.entries ?? []).find((e) => e.line === line && e.key === key);
  if (!entry) return [];
  if (entry.path[0] === 'model-index' && key === 'type' && entry.path[entry.path.length - 2] === 'task') return hfChoices('pipeline_tag');
  return hfNestedDoc(entry.path)?.shape === 'bool' ? HF_BOOLEANS : [];
}
