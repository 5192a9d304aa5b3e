// Command-line arguments: `modelcard <command> [paths...] [options]`, parsed by Node's util.parseArgs.
import { parseArgs as nodeParseArgs } from 'util';
import { DEFAULT_EXPORT_FORMAT, EXPORT_FORMATS } from './export';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';

export interface CheckArgs {
  command: 'check' | 'fix';
  paths: string[];
  format: OutputFormat;
  config: string | null;
  /** Report errors only. */
  quiet: boolean;
  /** Exit 1 when there are more warnings than this (null: warnings never fail). */
  maxWarnings: number | null;
  /** Threads to check on (null: one per idle core). */
  jobs: number | null;
  /** Read one card from standard input instead of files. */
  stdin: boolean;
  /** The name standard input stands for: shown, and used to find its config and ignore rules. */
  stdinFilename: string | null;
  /** --ignore globs. */
  ignore: string[];
  /** Exit 1 when no file is a model card. */
  errorOnNoCards: boolean;
  /** Leave out the repository rules even inside a leaderboard repository (--no-repository). */
  noRepository: boolean;
}

export interface TablesArgs {
  command: 'tables';
  /** A path inside the repository (default: the current directory). */
  path: string;
  mode: 'check' | 'write';
}

export interface MetricsArgs {
  command: 'metrics';
  file: string;
  format: 'text' | 'json';
  config: string | null;
}

export interface InitArgs {
  command: 'init';
  /** The folder to write .modelcardrc.json into. */
  dir: string;
  force: boolean;
}

export interface ExportArgs {
  command: 'export';
  paths: string[];
  /** A name of EXPORT_FORMATS (export.ts). */
  format: string;
  config: string | null;
  ignore: string[];
  /** Write here (atomically) instead of stdout. */
  output: string | null;
}

export type Args = CheckArgs | MetricsArgs | InitArgs | TablesArgs | ExportArgs | { command: 'help' } | { command: 'version' };

/** A mistake in the command line: reported on stderr with exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: modelcard <command> [options]

Commands:
  check [paths...]   Check model cards (default: the current directory).
                     Directories are walked for *.md files that are cards by content;
                     files named explicitly are checked as cards unless their front matter
                     is a dataset card's, a Space's or a site page's; globs
                     ('models/**/*.md', quoted) are expanded, their matches checked by content.
  fix [paths...]     Apply every certain fix in place, then report what is left.
  metrics FILE       Print a card's derived metrics as a table.
  init [DIR]         Write a .modelcardrc.json with every setting at its default.
  tables --check|--write [PATH]
                     In a leaderboard repository (the folder holding models/ and labs/,
                     found upward from PATH): list (--check, exit 1 when any) or rewrite
                     (--write) the derived table cells and counts the cards contradict.
  export [paths...]  Every card as one table (the Leaderboard view's columns), walked like
                     check: --format csv (default) or json, on stdout or in --output FILE;
                     --format model-index: each card's benchmark table as a Hugging Face
                     model-index block (several cards: a YAML document each).

Options:
  -f, --format FMT        Output: text (default), json, sarif or github (metrics: text or json;
                          export: ${[...EXPORT_FORMATS.keys()].join(', ')}).
  -o, --output FILE       export: write the table to FILE (replaced atomically), not stdout.
  -c, --config FILE       Use this config instead of the nearest .modelcardrc.json.
  -q, --quiet             Report errors only.
  --max-warnings N        Exit 1 when there are more than N warnings.
  --ignore GLOB           Leave out paths matching GLOB (repeatable); .gitignore and
                          .modelcardignore are honoured too.
  --stdin                 Check the card on standard input (fix: print it fixed).
  --stdin-filename PATH   The path standard input stands for (display, config, ignore files).
  --error-on-no-cards     Exit 1 when no file is a model card.
  --no-repository         Inside a leaderboard repository, leave out the rules across files
                          (broken-link, table-row-mismatch, …) and check each card alone.
  -j, --jobs N            Threads to check on (default 1; more pay off only for very large folders).
  --force                 init: overwrite an existing .modelcardrc.json.
  -h, --help              Show this help.
  -v, --version           Show the version.

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O problem.
`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  'error-on-no-cards': { type: 'boolean' },
  'no-repository': { type: 'boolean' },
  check: { type: 'boolean' },
  write: { type: 'boolean' },
  force: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: readonly string[]) {
  return nodeParseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

/** Parses argv (without node and script); throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): Args {
  let values: Values;
  let positional: string[];
  try {
    ({ values, positionals: positional } = parse(argv));
  } catch (e) {
    throw new UsageError(usageMessage(e));
  }
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positional;
  if (command === undefined) throw new UsageError('missing command: check, fix, metrics, init, tables or export');
  if (command !== 'export' && values.output !== undefined) throw new UsageError('--output applies to export only');
  const format = values.format ?? null;
  const config = values.config ?? null;
  const checkOnly: (keyof Values)[] = ['quiet', 'max-warnings', 'jobs', 'stdin', 'stdin-filename', 'ignore', 'error-on-no-cards', 'no-repository'];
  const tablesOnly: (keyof Values)[] = ['check', 'write'];
  const given = (names: readonly (keyof Values)[]): string[] => names.filter((n) => values[n] !== undefined).map((n) => `--${n}`);

  if (command === 'check' || command === 'fix') {
    if (format !== null && !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}": use text, json, sarif or github`);
    if (values.force) throw new UsageError('--force applies to init only');
    const wrongHere = given(tablesOnly);
    if (wrongHere.length > 0) throw new UsageError(`${wrongHere.join(', ')} ${wrongHere.length > 1 ? 'apply' : 'applies'} to tables only`);
    const stdin = values.stdin === true;
    if (stdin && rest.length > 0) throw new UsageError('--stdin reads one card from standard input: give no paths (name it with --stdin-filename)');
    if (!stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename needs --stdin');
    return {
      command,
      paths: rest.length > 0 ? rest : ['.'],
      format: (format ?? 'text') as OutputFormat,
      config,
      quiet: values.quiet === true,
      maxWarnings: wholeNumber(values['max-warnings'], '--max-warnings', 0),
      jobs: wholeNumber(values.jobs, '--jobs', 1),
      stdin,
      stdinFilename: values['stdin-filename'] ?? null,
      ignore: values.ignore ?? [],
      errorOnNoCards: values['error-on-no-cards'] === true,
      noRepository: values['no-repository'] === true,
    };
  }
  if (command === 'metrics') {
    if (format !== null && format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" for metrics: use text or json`);
    const wrong = given([...checkOnly, ...tablesOnly, 'force']);
    if (wrong.length > 0) throw new UsageError(`${wrong.join(', ')} ${wrong.length > 1 ? 'apply' : 'applies'} to check and fix only`);
    const [file, ...extra] = rest;
    if (file === undefined) throw new UsageError('metrics needs a FILE');
    if (extra.length > 0) throw new UsageError(`metrics takes one FILE, got ${rest.length}`);
    return { command: 'metrics', file, format: format === 'json' ? 'json' : 'text', config };
  }
  if (command === 'init') {
    const wrong = given([...checkOnly, ...tablesOnly, 'format', 'config']);
    if (wrong.length > 0) throw new UsageError(`init takes no ${wrong.join(', ')}`);
    if (rest.length > 1) throw new UsageError(`init takes one folder, got ${rest.length}`);
    return { command: 'init', dir: rest[0] ?? '.', force: values.force === true };
  }
  if (command === 'tables') {
    const wrong = given([...checkOnly, 'format', 'config', 'force']);
    if (wrong.length > 0) throw new UsageError(`tables takes no ${wrong.join(', ')}`);
    if (values.check === values.write) throw new UsageError('tables needs one of --check or --write');
    if (rest.length > 1) throw new UsageError(`tables takes one path, got ${rest.length}`);
    return { command: 'tables', path: rest[0] ?? '.', mode: values.write ? 'write' : 'check' };
  }
  if (command === 'export') {
    const names = [...EXPORT_FORMATS.keys()];
    if (format !== null && !EXPORT_FORMATS.has(format)) throw new UsageError(`unknown format "${format}" for export: use ${names.join(', ')}`);
    const wrong = given(['quiet', 'max-warnings', 'jobs', 'stdin', 'stdin-filename', 'error-on-no-cards', 'no-repository', ...tablesOnly, 'force']);
    if (wrong.length > 0) throw new UsageError(`export takes no ${wrong.join(', ')}`);
    if (values.output === '') throw new UsageError('--output needs a file name');
    return { command: 'export', paths: rest.length > 0 ? rest : ['.'], format: format ?? DEFAULT_EXPORT_FORMAT, config, ignore: values.ignore ?? [], output: values.output ?? null };
  }
  throw new UsageError(`unknown command "${command}": use check, fix, metrics, init, tables or export`);
}

function wholeNumber(raw: string | undefined, name: string, min: 0 | 1): number | null {
  if (raw === undefined) return null;
  if (!(min === 0 ? /^\d+$/ : /^[1-9]\d*$/).test(raw)) throw new UsageError(`${name} needs a whole number${min === 1 ? ' of at least 1' : ''}, not "${raw}"`);
  return Number(raw);
}

// util.parseArgs's errors, in the words of the rest of the CLI.
function usageMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const message = err.message ?? String(e);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const name = /--[a-z-]+/.exec(quoted)?.[0] ?? quoted;
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = nearestOption(quoted);
    return `unknown option ${quoted}${near ? ` (did you mean ${near}?)` : ''}`;
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument')) return `option ${name} takes no value`;
    return `option ${name} needs a value`;
  }
  return message;
}

// The known long option closest to a mistyped one (at most two edits), for the usage hint.
function nearestOption(given: string): string | null {
  if (!given.startsWith('--') || given.length > 40) return null;
  const word = given.slice(2).split('=')[0] ?? '';
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of Object.keys(OPTIONS)) {
    const d = distance(word, name);
    if (d < bestDistance) {
      best = `--${name}`;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] ?? 0;
}
