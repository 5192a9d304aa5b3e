// The `modelcard` command: files -> engine -> text | json | sarif | github | model-index, with exit codes 0, 1 and 2.
import { basename, resolve } from 'path';
import { version } from '../../../package.json';
import { analyzeCard } from '../core';
import { GlobError } from '../node/globs';
import { IgnoreRules } from '../node/ignore';
import { HELP, parseArgs, UsageError, type CheckArgs, type InitArgs, type MetricsArgs } from './args';
import { onlyErrors, readCardText, summarize } from './check';
import { ConfigResolver } from './configPerFile';
import { runExport } from './export';
import { allowedRoots, fixFiles, isInside } from './fix';
import { addRepositoryFindings, fixRepository, isDerivedFile, refreshFiles, repositoryOf, runTables, startRepositoryOf } from './repository';
import { explanation, writeInitialConfig } from './init';
import { formatMetricsTable } from './metricsTable';
import { readFailure } from '../node/read';
import { escapeControl } from './terminal';
import { EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE, oneLine, type Outcome } from './outcome';
import { checkFilesParallel, runAsWorker, workerCount } from './parallel';
import { formatReports, verdict } from './report';
import { runStdin } from './stdin';
import { tuneForShortRun } from './v8Tuning';
import { collectFiles, displayPath, errorCode } from './walk';

/** Runs `check` (or `fix`, which fixes first): findings on stdout, problems on stderr. */
export async function runCheck(args: CheckArgs, cwd: string, readStdin: () => Buffer = readAllStdin): Promise<Outcome> {
  const ignore = new IgnoreRules(cwd, { globs: args.ignore });
  if (args.stdin) return runStdin(args, cwd, readStdin, ignore);
  let walked = collectFiles(args.paths, cwd, { ignore });
  // I/O problems: reported, and the exit code is 2 whatever was found.
  const problems = [...walked.errors];
  const notes = [...walked.ignoredExplicit];
  let fixedNote: string[] = [];
  if (args.command === 'fix') {
    const configs = new ConfigResolver(args.config, cwd, walked.listedConfigs);
    // Card fixes never touch a page made from the cards (a ranking named explicitly is not a card to complete).
    const before = args.noRepository ? null : repositoryOf(args.paths, cwd, ignore);
    const cardFiles = before ? walked.files.filter((f) => !isDerivedFile(before, f.abs)) : walked.files;
    const fixed = fixFiles(cardFiles, configs, { paths: args.paths, cwd });
    problems.push(...fixed.ioErrors);
    fixedNote = fixed.fixed.map((p) => `fixed ${p}`);
    // Then the fixes across files, on the cards as just fixed; a rename changes what the check walks.
    const repo = before;
    if (repo) {
      refreshFiles(repo, fixed.written);
      const roots = allowedRoots({ paths: args.paths, cwd });
      const across = fixRepository(repo, walked.files, configs, (real) => roots.some((root) => isInside(real, root)));
      problems.push(...across.ioErrors);
      fixedNote.push(...across.fixed.filter((p) => !fixed.fixed.includes(p)).map((p) => `fixed ${p}`));
      if (across.fixed.some((p) => p.includes(' → '))) walked = collectFiles(args.paths, cwd, { ignore });
    }
  }
  const workers = workerCount(walked.files.length, args.jobs);
  // Inside a leaderboard repository, the index is filled as the files are checked (see RepositoryLoader).
  const loader = args.noRepository ? null : startRepositoryOf(args.paths, cwd, ignore);
  const result = await checkFilesParallel(walked.files, args.config, cwd, workers, __filename, walked.listedConfigs, loader ? { root: loader.root, analysis: (abs, a) => loader.add(abs, a), portable: (abs, c) => loader.addPortable(abs, c) } : undefined);
  if (result.configErrors.length > 0) return { stdout: '', stderr: [...notes, ...problems, ...result.configErrors.flatMap((e) => e.split('\n'))], code: EXIT_TROUBLE };
  notes.push(...result.notCards);
  // A file that fix could not read is reported by the check again: once is enough.
  for (const e of result.ioErrors) if (!problems.includes(e)) problems.push(e);
  // Inside a leaderboard repository, the rules across files join each file's findings.
  if (loader) loader.finish();
  const repo = loader ? { root: loader.root, index: loader.index } : null;
  if (repo) result.reports = addRepositoryFindings(result.reports, walked.files, repo, new ConfigResolver(args.config, cwd, walked.listedConfigs));

  const all = summarize(result.reports);
  const reports = args.quiet ? onlyErrors(result.reports) : result.reports;
  const summary = args.quiet ? summarize(reports) : all;
  let stdout = formatReports(args, reports, summary, cwd);
  const messages: string[] = [];
  let code = verdict(args, all, messages);
  // Nothing was checked because of the problems above: a "0 files checked" summary would only mislead.
  if (result.reports.length === 0 && problems.length > 0 && (args.format === 'text' || args.format === 'github')) stdout = '';
  if (result.reports.length === 0 && problems.length === 0) {
    const none = noCardsMessage(walked.files.length, walked.ignoredCount + walked.ignoredExplicit.length);
    if (args.format === 'text' || args.format === 'github') stdout = `${none}\n`;
    else notes.push(none);
    if (args.errorOnNoCards) {
      code = EXIT_ERRORS;
      messages.push('no model cards found, and --error-on-no-cards is set');
    }
  }
  if (args.format === 'text' && fixedNote.length > 0) stdout = fixedNote.join('\n') + '\n' + stdout;
  return { stdout, stderr: [...notes, ...problems, ...messages], code: problems.length > 0 ? EXIT_TROUBLE : code };
}

/** e.g. `no model cards found (3 Markdown files looked at, 1 ignored)`. */
export function noCardsMessage(files: number, ignored: number): string {
  const parts = [`${files} Markdown file${files === 1 ? '' : 's'} looked at`];
  if (ignored > 0) parts.push(`${ignored} ignored`);
  return `no model cards found (${parts.join(', ')})`;
}

/** Runs `metrics FILE`: the card's metrics as a table (or JSON). */
export function runMetrics(args: MetricsArgs, cwd: string): Outcome {
  const abs = resolve(cwd, args.file);
  const shown = displayPath(abs, cwd);
  const lookup = new ConfigResolver(args.config, cwd).forFile(abs);
  if (!lookup.ok) return { stdout: '', stderr: lookup.error.split('\n'), code: EXIT_TROUBLE };
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
  const title = a.card.modelName ?? basename(abs);
  return { stdout: formatMetricsTable(title, shown, a.format, a.metrics, lookup.config), stderr: [], code: EXIT_OK };
}

/** Runs `init [DIR]`: writes a starting config, never over an existing one without --force. */
export function runInit(args: InitArgs, cwd: string): Outcome {
  const r = writeInitialConfig(resolve(cwd, args.dir), args.force);
  if (!r.ok) return { stdout: '', stderr: [r.error], code: EXIT_TROUBLE };
  return { stdout: explanation(displayPath(r.file, cwd)), stderr: [], code: EXIT_OK };
}

/** Parses the arguments and runs the command; never rejects, never shows a stack trace. */
export async function run(argv: readonly string[], cwd: string, readStdin?: () => Buffer): Promise<Outcome> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        return { stdout: HELP, stderr: [], code: EXIT_OK };
      case 'version':
        return { stdout: `${version}\n`, stderr: [], code: EXIT_OK };
      case 'metrics':
        return runMetrics(args, cwd);
      case 'init':
        return runInit(args, cwd);
      case 'export':
        return runExport(args, cwd);
      case 'tables':
        return runTables(args, cwd, new IgnoreRules(cwd));
      default:
        return await runCheck(args, cwd, readStdin);
    }
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: [e.message, 'Run `modelcard --help` for usage.'], code: EXIT_TROUBLE };
    if (e instanceof GlobError) return { stdout: '', stderr: [e.message], code: EXIT_TROUBLE };
    return { stdout: '', stderr: [oneLine(e)], code: EXIT_TROUBLE };
  }
}

function readAllStdin(): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('fs') as typeof import('fs')).readFileSync(0);
}

async function main(): Promise<void> {
  tuneForShortRun();
  // A closed pipe (`modelcard check | head`) is not an error worth a stack trace; another write error is one line.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    process.stderr.write(`modelcard: ${escapeControl(oneLine(e))}\n`);
    process.exit(EXIT_TROUBLE);
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
