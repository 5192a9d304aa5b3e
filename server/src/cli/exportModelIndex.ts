// `modelcard export --format model-index`: each card's benchmark table as a Hugging Face model-index block.
import type { CardAnalysis } from '../core';
import { benchmarkRowsOf, modelIndexFromRows, modelNameOf } from '../core/evals';
import { IgnoreRules } from '../node/ignore';
import { analyzeFiles } from './check';
import { ConfigResolver } from './configPerFile';
import { EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE, type Outcome } from './outcome';
import { escapeControl } from './terminal';
import { collectFiles } from './walk';

export interface ExportedCard {
  /** The path as shown (relative to the working directory). */
  path: string;
  analysis: CardAnalysis;
}

export interface ModelIndexExport {
  /** One card: its block; several: a YAML document per card, a comment naming its path first. */
  stdout: string;
  /** For stderr: cards with nothing to export, and rows left out that were not unknown (`-`). */
  notes: string[];
  /** Cards that gave a block. */
  exported: number;
}

/** The model-index blocks of analysed cards, in the order given. Pure: no file is read here. */
export function exportModelIndex(cards: readonly ExportedCard[]): ModelIndexExport {
  const docs: { path: string; lines: string[] }[] = [];
  const notes: string[] = [];
  for (const { path, analysis } of cards) {
    const shown = escapeControl(path);
    const block = modelIndexFromRows(modelNameOf(analysis), benchmarkRowsOf(analysis));
    for (const s of block.skipped) if (s.why !== 'unknown score') notes.push(`${shown}: ${escapeControl(s.row.name)} left out (${s.why})`);
    if (block.lines.length === 0) notes.push(`${shown}: no benchmark scores to export`);
    else docs.push({ path: shown, lines: block.lines });
  }
  const [only] = docs;
  if (cards.length === 1 && only) return { stdout: `${only.lines.join('\n')}\n`, notes, exported: 1 };
  const stdout = docs.map((d) => `# ${d.path}\n${d.lines.join('\n')}\n`).join('---\n');
  return { stdout, notes, exported: docs.length };
}

/**
 * Reads the cards under `paths` (named files always, walked files when they are cards) and prints their
 * model-index blocks. Exit 0 when a block was printed, 1 when no card had a score, 2 on an I/O or config problem.
 */
export function runExportModelIndex(paths: readonly string[], configFile: string | null, ignore: readonly string[], cwd: string): Outcome {
  const walked = collectFiles(paths, cwd, { ignore: new IgnoreRules(cwd, { globs: [...ignore] }) });
  const configs = new ConfigResolver(configFile, cwd, walked.listedConfigs);
  const cards: ExportedCard[] = [];
  const read = analyzeFiles(walked.files, configs, (file, analysis) => {
    if (analysis.isCard) cards.push({ path: file.display, analysis });
  });
  // A broken config: nothing is printed, the first one named.
  const [configError] = read.configErrors;
  if (configError !== undefined) return { stdout: '', stderr: configError.split('\n'), code: EXIT_TROUBLE };
  const problems = [...walked.errors, ...read.ioErrors];
  const out = exportModelIndex(cards);
  const stderr = [...walked.ignoredExplicit, ...out.notes, ...problems];
  if (cards.length === 0 && problems.length === 0) stderr.push('no model cards found');
  const code = problems.length > 0 ? EXIT_TROUBLE : out.exported > 0 ? EXIT_OK : EXIT_ERRORS;
  return { stdout: out.stdout, stderr, code };
}
