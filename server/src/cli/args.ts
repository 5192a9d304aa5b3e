// Command-line arguments: `modelcard <command> [paths...] [options]`, parsed without a library.
export type OutputFormat = 'text' | 'json' | 'sarif';

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
}

export interface MetricsArgs {
  command: 'metrics';
  file: string;
  format: 'text' | 'json';
  config: string | null;
}

export type Args = CheckArgs | MetricsArgs | { command: 'help' } | { command: 'version' };

/** A mistake in the command line: reported on stderr with exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: modelcard <command> [options]

Commands:
  check [paths...]   Check model cards (default: the current directory).
                     Directories are walked for *.md files that are cards by content;
                     files named explicitly are always checked as cards.
  fix [paths...]     Apply every certain fix in place, then report what is left.
  metrics FILE       Print a card's derived metrics as a table.

Options:
  -f, --format FMT   Output: text (default), json or sarif (metrics: text or json).
  -c, --config FILE  Use this config instead of the nearest .modelcardrc.json.
  -q, --quiet        Report errors only.
  --max-warnings N   Exit 1 when there are more than N warnings.
  -j, --jobs N       Threads to check on (default 1; more pay off only for very large folders).
  -h, --help         Show this help.
  -v, --version      Show the version.

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O problem.
`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** Parses argv (without node and script); throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  let format: string | null = null;
  let config: string | null = null;
  let quiet = false;
  let maxWarnings: number | null = null;
  let jobs: number | null = null;
  let help = false;
  let version = false;
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : null;
    // Reads the option's value from `--opt=value` or the next argument.
    const value = (): string => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`option ${name} needs a value`);
      i++;
      return next;
    };
    const noValue = (): void => {
      if (inline !== null) throw new UsageError(`option ${name} takes no value`);
    };
    switch (name) {
      case '-f':
      case '--format':
        format = value();
        break;
      case '-c':
      case '--config':
        config = value();
        break;
      case '-q':
      case '--quiet':
        noValue();
        quiet = true;
        break;
      case '--max-warnings': {
        const raw = value();
        if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number, not "${raw}"`);
        maxWarnings = Number(raw);
        break;
      }
      case '-j':
      case '--jobs': {
        const raw = value();
        if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`--jobs needs a whole number of at least 1, not "${raw}"`);
        jobs = Number(raw);
        break;
      }
      case '-h':
      case '--help':
        noValue();
        help = true;
        break;
      case '-v':
      case '--version':
        noValue();
        version = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }

  if (help) return { command: 'help' };
  if (version) return { command: 'version' };
  const [command, ...rest] = positional;
  if (command === undefined) throw new UsageError('missing command: check, fix or metrics');

  if (command === 'check' || command === 'fix') {
    if (format !== null && !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}": use text, json or sarif`);
    return { command, paths: rest.length > 0 ? rest : ['.'], format: (format ?? 'text') as OutputFormat, config, quiet, maxWarnings, jobs };
  }
  if (command === 'metrics') {
    if (format !== null && format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" for metrics: use text or json`);
    if (quiet || maxWarnings !== null || jobs !== null) throw new UsageError('--quiet, --max-warnings and --jobs apply to check and fix only');
    const [file, ...extra] = rest;
    if (file === undefined) throw new UsageError('metrics needs a FILE');
    if (extra.length > 0) throw new UsageError(`metrics takes one FILE, got ${rest.length}`);
    return { command: 'metrics', file, format: format === 'json' ? 'json' : 'text', config };
  }
  throw new UsageError(`unknown command "${command}": use check, fix or metrics`);
}
