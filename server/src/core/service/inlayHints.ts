// Inlay hints at line ends: the ALScore formula, the exact ratio, training compute, and front matter metrics.
import { MarkupKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import { alScoreHint, frontMatterHint, HINT_TOOLTIPS, ratioHint, trainingHint } from '../explain';
import { wellFormedRange, type CardDocument } from './document';

/** Which hints to show (`modelCard.inlayHints.*`). */
export interface InlayHintSettings {
  alScore: boolean;
  ratio: boolean;
  trainingCompute: boolean;
  frontMatter: boolean;
}

export const DEFAULT_INLAY_HINTS: InlayHintSettings = { alScore: true, ratio: true, trainingCompute: true, frontMatter: true };

/** Hints for the lines of `range`. */
export function inlayHints(doc: CardDocument, range: Range, on: InlayHintSettings = DEFAULT_INLAY_HINTS): InlayHint[] {
  if (!wellFormedRange(range)) return [];
  const { analysis, config } = doc;
  const m = analysis.metrics;
  const hints: InlayHint[] = [];
  const add = (line: number, label: string | null, tooltip: string): void => {
    if (label === null || line < range.start.line || line > range.end.line) return;
    const character = (analysis.index.lines[line] ?? '').length;
    hints.push({ position: { line, character }, label, paddingLeft: true, tooltip: { kind: MarkupKind.Markdown, value: tooltip } });
  };
  for (const field of analysis.body?.first.values() ?? []) {
    if (field.name === 'ALScore' && on.alScore) add(field.line, alScoreHint(m), HINT_TOOLTIPS.alScore(m));
    else if (field.name === 'Token:Param Ratio' && on.ratio) add(field.line, ratioHint(m), HINT_TOOLTIPS.ratio(m, config));
    else if (field.name === 'Training Tokens' && on.trainingCompute) add(field.line, trainingHint(m), HINT_TOOLTIPS.training(m, config));
  }
  if (on.frontMatter) {
    const tokens = analysis.frontMatter?.entries.find((e) => e.path.length === 1 && e.key === 'training_tokens');
    if (tokens) add(tokens.line, frontMatterHint(m, config), `${HINT_TOOLTIPS.alScore(m)}\n\n${HINT_TOOLTIPS.ratio(m, config)}`);
  }
  return hints.sort((a, b) => a.position.line - b.position.line);
}
