// Building blocks of completion items: snippets for field labels and plain value items.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver/node';
import { ACCESS_LABELS, BODY_TYPES, FORMULA_TEXT, MONTHS, OPTIMAL_LABEL, TIERS, UNDER_LABEL } from '../core';
import { BODY_FIELD_DOCS } from './fieldDocs';

/** Escapes text for a snippet body. */
export const esc = (s: string): string => s.replace(/[$}\\]/g, '\\$&');
const choice = (values: readonly string[]): string => `|${values.map((v) => v.replace(/[,|$}\\]/g, '\\$&')).join(',')}|`;

/** Computed values offered in field snippets when the card's P and T are known. */
export interface Computed {
  alScore: string | null;
  ratio: string | null;
}

/** Snippet bodies after each label. */
function fieldSnippets(c: Computed): Record<string, string> {
  const year = new Date().getFullYear();
  return {
    Organization: `[\${1:Lab Name}](../../labs/\${2:lab-slug}.md)`,
    Released: `\${1${choice(MONTHS)}}/\${2:${year}}`,
    Access: `\${1${choice(Object.values(ACCESS_LABELS))}}`,
    'Last Updated': `\${1:${new Date().toISOString().slice(0, 10)}}`,
    Type: `\${1${choice([...BODY_TYPES, '-'])}}`,
    Parameters: '${1:0.0}B',
    'Training Tokens': '${1:0.0}B',
    'Token:Param Ratio': c.ratio ? `\${1:${esc(c.ratio)}}` : `\${1:0}:1 \${2${choice([OPTIMAL_LABEL, UNDER_LABEL])}}`,
    ALScore: c.alScore ? `\${1:${esc(c.alScore)}}` : `\${1:0.0} (\${2${choice(TIERS)}})`,
    Formula: esc(FORMULA_TEXT),
    'Dataset Type': '${1:synthetic, web-scale}',
  };
}

/** A field label snippet (`- **Parameters:** 0.0B`) replacing what was typed on the line. */
export function fieldItem(label: string, bullet: boolean, range: Range, c: Computed, sortIndex: number): CompletionItem {
  const prefix = bullet ? `- **${label}:**` : `**${label}:**`;
  return {
    label: prefix,
    kind: CompletionItemKind.Field,
    detail: bullet ? 'Model card field' : 'Model card header field',
    documentation: { kind: MarkupKind.Markdown, value: BODY_FIELD_DOCS[label] ?? '' },
    filterText: prefix,
    sortText: String(sortIndex).padStart(3, '0'),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: `${esc(prefix)} ${fieldSnippets(c)[label] ?? '$1'}` },
  };
}

/** A plain value item replacing `range`. */
export function valueItem(label: string, range: Range, kind: CompletionItemKind = CompletionItemKind.EnumMember, detail?: string, sortIndex = 0): CompletionItem {
  return { label, kind, ...(detail ? { detail } : {}), sortText: String(sortIndex).padStart(3, '0'), filterText: label, textEdit: { range, newText: label } };
}

/** A snippet value item replacing `range`. */
export function snippetItem(label: string, snippet: string, range: Range, kind: CompletionItemKind, detail?: string, sortIndex = 0): CompletionItem {
  return { label, kind, ...(detail ? { detail } : {}), sortText: String(sortIndex).padStart(3, '0'), filterText: label, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: snippet } };
}
