// The leaderboard's benchmark table -> a Hugging Face `model-index` block, as huggingface_hub writes one.
import type { CardAnalysis } from '../analyze';
import { parseDecimal } from '../vocabulary/readers';
import { benchmarkDataset, usualDescription } from './datasets';
import type { EvalRow, SkippedRow } from './rows';
import { yamlNumber, yamlString } from './yamlText';

export interface ModelIndexBlock {
  /** The block's lines without line ends, from `model-index:` on; empty when no row has a score. */
  lines: string[];
  /** The rows written, one result each, in table order. */
  written: EvalRow[];
  /** The rows left out, and why. */
  skipped: SkippedRow[];
}

/** Reads a score cell as the rules do: `86.1`, `86.1%`, `1,000`; null for `-` or text. */
export function scoreOf(raw: string): number | null {
  const t = raw.trim();
  const n = parseDecimal(t.endsWith('%') ? t.slice(0, -1) : t);
  return Number.isNaN(n) ? null : n;
}

/**
 * The `model-index` block for `rows`: one entry named `modelName`, one result per scored row (task
 * text-generation, dataset name as on the card and type its Hub id, one metric with the card's value, the row's
 * description (else the usual benchmark's) as its name, `verified: false`). Values stay on the card's scale. Linear in the rows.
 */
export function modelIndexFromRows(modelName: string, rows: readonly EvalRow[]): ModelIndexBlock {
  const written: EvalRow[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const row of rows) {
    const name = unescapePipes(row.name.trim());
    if (seen.has(name.toLowerCase())) {
      skipped.push({ row, why: 'duplicate' });
      continue;
    }
    seen.add(name.toLowerCase());
    if (row.score === null) {
      skipped.push({ row, why: row.raw.trim() === '-' || row.raw.trim() === '' ? 'unknown score' : 'not a number' });
      continue;
    }
    written.push(row);
    const ds = benchmarkDataset(name);
    lines.push('  - task:', `      type: ${yamlString(ds.taskType)}`);
    lines.push('    dataset:', `      name: ${yamlString(name)}`, `      type: ${yamlString(ds.type)}`);
    lines.push('    metrics:', `    - type: ${yamlString(ds.metricType)}`, `      value: ${yamlNumber(row.score, row.raw)}`);
    // A row without words of its own takes the usual benchmark's, as the reverse does: the round trip is a fixed point.
    const description = unescapePipes(row.description.trim()) || usualDescription(name);
    if (description !== '') lines.push(`      name: ${yamlString(description)}`);
    lines.push('      verified: false');
  }
  if (written.length === 0) return { lines: [], written, skipped };
  return { lines: ['model-index:', `- name: ${yamlString(modelName.trim() || 'model')}`, '  results:', ...lines], written, skipped };
}

/**
 * The benchmark rows of a card: the body's Performance Benchmarks table (with its Description column), else
 * the front matter's `benchmarks` map.
 */
export function benchmarkRowsOf(analysis: CardAnalysis): EvalRow[] {
  const body = analysis.body;
  if (body && body.benchmarks.length > 0) {
    const descriptions = descriptionCells(analysis);
    return body.benchmarks.map((b) => ({ name: b.name, raw: b.raw, score: scoreOf(b.raw), description: descriptions.get(b.line) ?? '' }));
  }
  if (analysis.format !== 'frontmatter' && analysis.format !== 'both') return [];
  return analysis.card.benchmarks.map((b) => ({ name: b.name, raw: b.score === null ? '-' : String(b.score), score: b.score, description: '' }));
}

/** The Description cell of each benchmark row, by line: the column headed Description, else the third. */
function descriptionCells(analysis: CardAnalysis): Map<number, string> {
  const out = new Map<number, string>();
  const first = analysis.body?.benchmarks[0];
  if (!first) return out;
  const table = analysis.body?.tables.find((t) => t.line < first.line && t.rows.some((r) => r.line === first.line));
  if (!table) return out;
  const headed = table.header.findIndex((c) => c.text.trim().toLowerCase() === 'description');
  const col = headed >= 0 ? headed : 2;
  for (const row of table.rows) {
    const cell = row.cells[col];
    if (cell) out.set(row.line, cell.text.trim());
  }
  return out;
}

/** A card's model name for the block: its title, else front matter `model_name`, else `model`. */
export function modelNameOf(analysis: CardAnalysis): string {
  return analysis.card.modelName?.trim() || 'model';
}

/** A table cell's text as the words it shows: `\|` is a pipe inside a cell. */
function unescapePipes(cell: string): string {
  return cell.includes('\\|') ? cell.replace(/\\\|/g, '|') : cell;
}
