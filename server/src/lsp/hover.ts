// Hover: what a field means, and on the metric lines the formula with the card's own numbers.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { alScoreHint, HINT_TOOLTIPS, plain, ratioHint, trainingHint, type SourceField } from '../core';
import type { CardEntry } from './analysisCache';
import { BENCHMARK_DOCS, BODY_FIELD_DOCS, FRONT_MATTER_DOCS } from './fieldDocs';

const onLine = (f: SourceField, pos: Position): boolean =>
  f.line === pos.line && pos.character >= f.keyRange.start.character - 2 && pos.character <= Math.max(f.valueRange.end.character, f.keyRange.end.character + 3);

export function hover(entry: CardEntry, pos: Position): Hover | null {
  const { analysis, config } = entry;
  const m = analysis.metrics;
  const field = analysis.body?.fields.find((f) => onLine(f, pos));
  if (field) {
    const parts = [`**${field.name}**: ${BODY_FIELD_DOCS[field.name] ?? ''}`];
    const formula = field.name === 'ALScore' ? alScoreHint(m) : field.name === 'Token:Param Ratio' ? ratioHint(m) : field.name === 'Training Tokens' ? trainingHint(m) : null;
    if (field.name === 'ALScore' && formula) parts.push(`This card: ALScore ${formula}`, HINT_TOOLTIPS.alScore(m));
    else if (field.name === 'Token:Param Ratio' && formula) parts.push(`This card: ${plain(m.trainingTokensB ?? 0)}B ÷ ${plain(m.parametersB ?? 0)}B ${formula}`, HINT_TOOLTIPS.ratio(m, config));
    else if (field.name === 'Training Tokens' && formula) parts.push(`This card: ${formula}`, HINT_TOOLTIPS.training(m, config));
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: { start: field.keyRange.start, end: field.valueRange.end } };
  }

  const bench = analysis.body?.benchmarks.find((b) => b.line === pos.line && pos.character >= b.nameRange.start.character && pos.character <= b.nameRange.end.character);
  if (bench && BENCHMARK_DOCS[bench.name]) {
    return { contents: { kind: MarkupKind.Markdown, value: `**${bench.name}**: ${BENCHMARK_DOCS[bench.name] ?? ''}. Score 0–100, or \`-\` when unknown.` }, range: bench.nameRange };
  }

  const key = analysis.frontMatter?.entries.find((e) => e.line === pos.line && pos.character >= e.keyRange.start.character && pos.character <= e.keyRange.end.character + 1);
  if (key && key.path.length === 1 && FRONT_MATTER_DOCS[key.key]) {
    const parts = [`**${key.key}**: ${FRONT_MATTER_DOCS[key.key] ?? ''}`];
    const formula = alScoreHint(m);
    if ((key.key === 'training_tokens' || key.key === 'parameters') && formula) parts.push(`This card: ALScore ${formula}; ${ratioHint(m) ?? ''}`);
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: key.keyRange };
  }
  return null;
}
