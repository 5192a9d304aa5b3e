// `modelcard export`: every card under the paths as one table (the Leaderboard view's rows) in a format
// for spreadsheets or scripts, on stdout or written atomically to --output. Formats are a registry:
// a new one is one entry in EXPORT_FORMATS (and its own file).
import { basename, resolve } from 'path';
import type { CardAnalysis } from '../core';
import { leaderboardRow, type LeaderboardRow } from '../core/leaderboard/rows';
import { IgnoreRules } from '../node/ignore';
import { readFailure } from '../node/read';
import { writeFileAtomic } from '../node/write';
import type { ExportArgs } from './args';
import { analyzeFiles } from './check';
import { ConfigResolver } from './configPerFile';
import { runExportModelIndex } from './exportModelIndex';
import { toCsv, toJson } from './exportTable';
import { EXIT_OK, EXIT_TROUBLE, type Outcome } from './outcome';
import { escapeControl } from './terminal';
import { collectFiles } from './walk';

/** A card as the formats get it: where it is, what the engine read, and its row. */
export interface ExportedCard {
  /** Relative to the working directory, with forward slashes. */
  path: string;
  abs: string;
  analysis: CardAnalysis;
  row: LeaderboardRow;
}

/** A format renders the cards read here, or (`run`) does its own reading and writing. */
export type ExportFormat = { description: string } & ({ render(cards: readonly ExportedCard[]): string } | { run(args: ExportArgs, cwd: string): Outcome });

/** Every export format by its --format name. */
export const EXPORT_FORMATS: ReadonlyMap<string, ExportFormat> = new Map<string, ExportFormat>([
  ['csv', { description: 'RFC 4180 CSV with a header row (the default)', render: (cards) => toCsv(cards.map((c) => c.row)) }],
  ['json', { description: 'a JSON array of one object per card', render: (cards) => toJson(cards.map((c) => c.row)) }],
  ['model-index', { description: "each card's benchmark table as a Hugging Face model-index block", run: (a, cwd) => runExportModelIndex(a.paths, a.config, a.ignore, cwd) }],
]);

export const DEFAULT_EXPORT_FORMAT = 'csv';

/** Reads and analyses every card under the paths, in walk order; non-cards are left out. */
export function collectCards(args: ExportArgs, cwd: string): { cards: ExportedCard[]; problems: string[]; notes: string[] } {
  const walked = collectFiles(args.paths, cwd, { ignore: new IgnoreRules(cwd, { globs: args.ignore }) });
  const configs = new ConfigResolver(args.config, cwd, walked.listedConfigs);
  const cards: ExportedCard[] = [];
  const { ioErrors, configErrors } = analyzeFiles(walked.files, configs, (file, analysis) => {
    const row = leaderboardRow(file.display, analysis, basename(file.abs).replace(/\.md$/i, ''));
    if (row) cards.push({ path: file.display, abs: file.abs, analysis, row });
  });
  const problems = [...walked.errors, ...ioErrors, ...configErrors.flatMap((e) => e.split('\n'))];
  return { cards, problems, notes: walked.ignoredExplicit };
}

/** Runs `export`: the table on stdout, or in --output (replaced atomically); exit 2 when a file or config could not be read. */
export function runExport(args: ExportArgs, cwd: string): Outcome {
  const format = EXPORT_FORMATS.get(args.format);
  if (!format) return { stdout: '', stderr: [`unknown export format "${args.format}"`], code: EXIT_TROUBLE };
  if ('run' in format) {
    const outcome = format.run(args, cwd);
    if (args.output === null || outcome.code === EXIT_TROUBLE) return outcome;
    return written(args.output, cwd, outcome.stdout, outcome.stderr, outcome.code, 'the output');
  }
  const { cards, problems, notes } = collectCards(args, cwd);
  const output = format.render(cards);
  const stderr = [...notes, ...problems];
  const code = problems.length > 0 ? EXIT_TROUBLE : EXIT_OK;
  if (args.output === null) return { stdout: output, stderr, code };
  return written(args.output, cwd, output, stderr, code, `${cards.length} card${cards.length === 1 ? '' : 's'}`);
}

/** Writes the output to --output (replaced atomically) and says so on stderr; exit 2 when it cannot be written. */
function written(file: string, cwd: string, output: string, stderr: readonly string[], code: Outcome['code'], what: string): Outcome {
  try {
    writeFileAtomic(resolve(cwd, file), Buffer.from(output, 'utf8'));
  } catch (e) {
    return { stdout: '', stderr: [...stderr, `${escapeControl(file)}: cannot be written (${readFailure(e)})`], code: EXIT_TROUBLE };
  }
  return { stdout: '', stderr: [...stderr, `wrote ${what} to ${escapeControl(file)}`], code };
}
