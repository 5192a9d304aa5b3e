// Inlay hints at line ends: the ALScore formula, the exact ratio, training compute, and front matter metrics.
import { MarkupKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver/node';
import { alScoreHint, frontMatterHint, HINT_TOOLTIPS, ratioHint, trainingHint } from '../core';
import type { CardEntry } from './analysisCache';

/** Hints for the lines of `params.range`, each kind switched by its `modelCard.inlayHints.*` setting. */
export function inlayHints(entry: CardEntry, params: InlayHintParams): InlayHint[] {
  const { analysis, config } = entry;
  const on = entry.settings.settings.inlayHints;
  const m = analysis.metrics;
  const { start, end } = params.range;
  const hints: InlayHint[] = [];
  const add = (line: number, label: string | null, tooltip: string): void => {
    if (label === null || line < start.line || line > end.line) return;
    const character = (analysis.index.lines[line] ?? '').length;
    hints.push({ position: { line, character }, label, paddingLeft: true, tooltip: { kind: MarkupKind.Markdown, value: tooltip } });
  };

  for (const field of analysis.body?.fields ?? []) {
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
