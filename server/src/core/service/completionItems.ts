// Building blocks of completion items: field label snippets and plain or snippet value items.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { BodyFieldSpec, SnippetValues } from '../vocabulary/bodyFields';

/** Escapes text for a snippet body. */
export const esc = (s: string): string => s.replace(/[$}\\]/g, '\\$&');

const sortText = (i: number): string => String(i).padStart(3, '0');

/** A field label snippet (`- **Parameters:** 0.0B`) replacing what was typed on the line. */
export function fieldItem(spec: BodyFieldSpec, bullet: boolean, range: Range, values: SnippetValues, sortIndex: number): CompletionItem {
  const prefix = bullet ? `- **${spec.label}:**` : `**${spec.label}:**`;
  return {
    label: prefix,
    kind: CompletionItemKind.Field,
    detail: bullet ? 'Model card field' : 'Model card header field',
    documentation: { kind: MarkupKind.Markdown, value: spec.docs },
    filterText: prefix,
    sortText: sortText(sortIndex),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: `${esc(prefix)} ${spec.snippet(values)}` },
  };
}

/** A plain value item replacing `range`. */
export function valueItem(label: string, range: Range, kind: CompletionItemKind = CompletionItemKind.EnumMember, detail?: string, sortIndex = 0): CompletionItem {
  return { label, kind, ...(detail ? { detail } : {}), sortText: sortText(sortIndex), filterText: label, textEdit: { range, newText: label } };
}

/** A snippet value item replacing `range`. */
export function snippetItem(label: string, snippet: string, range: Range, kind: CompletionItemKind, detail?: string, sortIndex = 0): CompletionItem {
  return { label, kind, ...(detail ? { detail } : {}), sortText: sortText(sortIndex), filterText: label, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: snippet } };
}
