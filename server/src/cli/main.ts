// The `modelcard` command: files -> engine -> text | json | sarif, with exit codes 0, 1 and 2.
import * as path from 'path';
import { version } from '../../../package.json';
import { analyzeCard } from '../core';
import { HELP, parseArgs, UsageError, type CheckArgs, type MetricsArgs } from './args';
import { onlyErrors, readCardText, summarize } from './check';
import { ConfigResolver } from './configs';
import { fixFiles } from './fix';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { formatMetricsTable } from './metricsTable';
import { readFailure } from '../node/read';
import { escapeControl } from './terminal';
import { checkFilesParallel, runAsWorker, workerCount } from './parallel';
import { tuneForShortRun } from './tiering';
import { collectFiles, displayPath, errorCode } from './walk';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_TROUBLE = 2;

/** What a command prints and how it exits; main() does the writing, once. */
interface Outcome {
  stdout: string;
  stderr: string[];
  code: number;
}

/** Runs `check` (or `fix`, which fixes first): findings on stdout, problems on stderr. */
export async function runCheck(args: CheckArgs, cwd: string): Promise<Outcome> {
  const walked = collectFiles(args.paths, cwd);
  const stderr = [...walked.errors];
  let fixedNote: string[] = [];
  if (args.command === 'fix') {
    const fixed = fixFiles(walked.files, new ConfigResolver(args.config, cwd), { paths: args.paths, cwd });
    stderr.push(...fixed.ioErrors);
    fixedNote = fixed.fixed.map((p) => `fixed ${p}`);
  }
  const workers = workerCount(walked.files.length, args.jobs);
  const result = await checkFilesParallel(walked.files, args.config, cwd, workers, __filename, walked.listedConfigs);
  if (result.configErrors.length > 0) return { stdout: '', stderr: [...stderr, ...result.configErrors], code: EXIT_TROUBLE };
  stderr.push(...result.ioErrors);

  const all = summarize(result.reports);
  const reports = args.quiet ? onlyErrors(result.reports) : result.reports;
  const summary = args.quiet ? summarize(reports) : all;
  let stdout: string;
  if (args.format === 'json') stdout = formatJson(reports, summary);
  else if (args.format === 'sarif') stdout = formatSarif(reports, version, cwd);
  else stdout = (fixedNote.length > 0 ? fixedNote.join('\n') + '\n' : '') + formatText(reports, summary);

  const tooManyWarnings = args.maxWarnings !== null && all.warnings > args.maxWarnings;
  const code = stderr.length > 0 ? EXIT_TROUBLE : all.errors > 0 || tooManyWarnings ? EXIT_ERRORS : EXIT_OK;
  if (tooManyWarnings) stderr.push(`too many warnings: ${all.warnings} (--max-warnings ${String(args.maxWarnings)})`);
  return { stdout, stderr, code };
}

/** Runs `metrics FILE`: the card's metrics as a table (or JSON). */
export function runMetrics(args: MetricsArgs, cwd: string): Outcome {
  const abs = path.resolve(cwd, args.file);
  const shown = displayPath(abs, cwd);
  const lookup = new ConfigResolver(args.config, cwd).forFile(abs);
  if (!lookup.ok) return { stdout: '', stderr: [lookup.error], code: EXIT_TROUBLE };
  let text: string;
  try {
    text = readCardText(abs).text;
  } catch (e) {
    const code = errorCode(e);
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory (metrics takes one card file)' : `cannot be read (${readFailure(e)})`;
    return { stdout: '', stderr: [`${args.file}: ${why}`], code: EXIT_TROUBLE };
  }
  const a = analyzeCard(text, { config: lookup.config, assumeCard: true });
  if (args.format === 'json') return { stdout: JSON.stringify({ path: shown, format: a.format, metrics: a.metrics }) + '\n', stderr: [], code: EXIT_OK };
  const title = a.card.modelName ?? path.basename(abs);
  return { stdout: formatMetricsTable(title, shown, a.format, a.metrics, lookup.config), stderr: [], code: EXIT_OK };
}

/** Parses the arguments and runs the command; never rejects. */
export async function run(argv: readonly string[], cwd: string): Promise<Outcome> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        return { stdout: HELP, stderr: [], code: EXIT_OK };
      case 'version':
        return { stdout: `${version}\n`, stderr: [], code: EXIT_OK };
      case 'metrics':
        return runMetrics(args, cwd);
      default:
        return await runCheck(args, cwd);
    }
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: [e.message, 'Run `modelcard --help` for usage.'], code: EXIT_TROUBLE };
    return { stdout: '', stderr: [`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`], code: EXIT_TROUBLE };
  }
}

async function main(): Promise<void> {
  tuneForShortRun();
  // A closed pipe (`modelcard check | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw e;
  });
  const outcome = await run(process.argv.slice(2), process.cwd());
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  // Messages may quote a config key or a folder name: escaped, line by line (a stack trace keeps its lines).
  const safe = (m: string): string => m.split('\n').map(escapeControl).join('\n');
  if (outcome.stderr.length > 0) process.stderr.write(outcome.stderr.map((m) => `modelcard: ${safe(m)}`).join('\n') + '\n');
  process.exitCode = outcome.code;
}

// The bundle is also the worker's code: a worker checks its share instead of running the command.
if (!runAsWorker() && require.main === module) void main();
