// The findings of a check in the chosen format, and the exit code they make.
import { version } from '../../../package.json';
import type { CheckArgs } from './args';
import type { CardReport, Summary } from './check';
import { formatGithub } from './formatGithub';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { EXIT_ERRORS, EXIT_OK } from './outcome';

/** The report in the chosen format. */
export function formatReports(args: Pick<CheckArgs, 'format'>, reports: readonly CardReport[], summary: Summary, cwd: string): string {
  if (args.format === 'json') return formatJson(reports, summary);
  if (args.format === 'sarif') return formatSarif(reports, version, cwd);
  if (args.format === 'github') return formatGithub(reports, summary);
  return formatText(reports, summary);
}

/** Exit code and stderr lines for the findings of a check, with --quiet and --max-warnings applied. */
export function verdict(args: Pick<CheckArgs, 'quiet' | 'maxWarnings'>, all: Summary, stderr: string[]): number {
  const tooManyWarnings = args.maxWarnings !== null && all.warnings > args.maxWarnings;
  if (tooManyWarnings) {
    const hidden = args.quiet ? ', not shown with --quiet' : '';
    stderr.push(`too many warnings: ${all.warnings} warning${all.warnings === 1 ? '' : 's'}${hidden}, more than --max-warnings ${String(args.maxWarnings)}`);
  }
  return all.errors > 0 || tooManyWarnings ? EXIT_ERRORS : EXIT_OK;
}

