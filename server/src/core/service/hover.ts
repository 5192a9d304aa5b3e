// Hover: what a field or key means, and on the metric lines the formula with the card's own numbers.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { alScoreHint, HINT_TOOLTIPS, ratioHint, trainingHint } from '../explain';
import { plain } from '../numbers';
import type { SourceField } from '../types';
import { BODY_FIELD } from '../vocabulary/bodyFields';
import { usualBenchmark } from '../vocabulary/benchmarks';
import { frontMatterKey } from '../vocabulary/keys';
import { validPosition, type CardDocument } from './document';
import { hfHover } from './hfHover';

const onLine = (f: SourceField, pos: Position): boolean =>
  f.line === pos.line && pos.character >= f.keyRange.start.character - 2 && pos.character <= Math.max(f.valueRange.end.character, f.keyRange.end.character + 3);

/** The hover at a position: a body field, a benchmark row, or a front matter key; null elsewhere. */
export function hover(doc: CardDocument, position: Position): Hover | null {
  const pos = validPosition(doc, position);
  if (!pos) return null;
  const { analysis, config } = doc;
  const fm = analysis.frontMatter;
  if (analysis.format === 'huggingface' && fm && pos.line > fm.openLine && (fm.closeLine === null || pos.line < fm.closeLine)) return hfHover(doc, pos);
  const m = analysis.metrics;
  const field = analysis.body?.fields.find((f) => onLine(f, pos));
  if (field) {
    const parts = [`**${field.name}**: ${BODY_FIELD.get(field.name)?.docs ?? ''}`];
    if (field.name === 'ALScore' && alScoreHint(m)) parts.push(`This card: ALScore ${alScoreHint(m) ?? ''}`, HINT_TOOLTIPS.alScore(m));
    else if (field.name === 'Token:Param Ratio' && ratioHint(m)) parts.push(`This card: ${plain(m.trainingTokensB ?? 0)}B ÷ ${plain(m.parametersB ?? 0)}B ${ratioHint(m) ?? ''}`, HINT_TOOLTIPS.ratio(m, config));
    else if (field.name === 'Training Tokens' && trainingHint(m)) parts.push(`This card: ${trainingHint(m) ?? ''}`, HINT_TOOLTIPS.training(m, config));
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: { start: field.keyRange.start, end: field.valueRange.end } };
  }

  const bench = analysis.body?.benchmarks.find((b) => b.line === pos.line && pos.character >= b.nameRange.start.character && pos.character <= b.nameRange.end.character);
  const known = bench ? usualBenchmark(bench.name) : undefined;
  if (bench && known) {
    return { contents: { kind: MarkupKind.Markdown, value: `**${known.name}**: ${known.description}. Score 0–100, or \`-\` when unknown.` }, range: bench.nameRange };
  }

  const entry = analysis.frontMatter?.entries.find((e) => e.line === pos.line && pos.character >= e.keyRange.start.character && pos.character <= e.keyRange.end.character + 1);
  const spec = entry && entry.path.length === 1 ? frontMatterKey(entry.key) : undefined;
  if (entry && spec) {
    const parts = [`**${entry.key}**: ${spec.docs}`];
    const formula = alScoreHint(m);
    if ((entry.key === 'training_tokens' || entry.key === 'parameters') && formula) parts.push(`This card: ALScore ${formula}; ${ratioHint(m) ?? ''}`);
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: entry.keyRange };
  }
  return null;
}
