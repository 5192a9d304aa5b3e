// `check --stdin` and `fix --stdin`: one card from standard input, named by --stdin-filename for the
// report, the config lookup and the ignore files (editors and hook runners pipe unsaved text this way).
import { resolve } from 'path';
import { analyzeCard, fixAll } from '../core';
import type { IgnoreRules } from '../node/ignore';
import { decodeText } from '../node/textFile';
import type { CheckArgs } from './args';
import { notCardReason, onlyErrors, summarize, type CardReport } from './check';
import { ConfigResolver } from './configPerFile';
import { EXIT_OK, EXIT_TROUBLE, type Outcome } from './outcome';
import { formatReports, verdict } from './report';
import { displayPath, errorCode } from './walk';

const STDIN_NAME = '<stdin>';

/** Checks (or fixes, printing the result) the card on standard input. */
export function runStdin(args: CheckArgs, cwd: string, readStdin: () => Buffer, ignore: IgnoreRules): Outcome {
  const named = args.stdinFilename;
  // Without a name the card stands in the working directory, for the config lookup.
  const abs = resolve(cwd, named ?? STDIN_NAME);
  const shown = named === null ? STDIN_NAME : displayPath(abs, cwd);
  let bytes: Buffer;
  try {
    bytes = readStdin();
  } catch (e) {
    return { stdout: '', stderr: [`${STDIN_NAME}: cannot be read (${errorCode(e)})`], code: EXIT_TROUBLE };
  }
  let source: { text: string; bom: boolean };
  try {
    source = decodeText(bytes);
  } catch (e) {
    return { stdout: '', stderr: [`${shown}: cannot be read (${errorCode(e)})`], code: EXIT_TROUBLE };
  }
  const ignoredBy = named === null ? null : ignore.testPath(abs);
  if (ignoredBy !== null) {
    // fix passes the text through untouched, so a pipeline never loses it.
    return { stdout: args.command === 'fix' ? bytes.toString('utf8') : '', stderr: [`${shown}: ignored by ${ignoredBy}`], code: EXIT_OK };
  }
  const lookup = new ConfigResolver(args.config, cwd).forFile(abs);
  if (!lookup.ok) return { stdout: '', stderr: lookup.error.split('\n'), code: EXIT_TROUBLE };
  const options = { config: lookup.config, assumeCard: true };
  if (args.command === 'fix') {
    const fixed = fixAll(source.text, options);
    return { stdout: (source.bom ? '\uFEFF' : '') + fixed, stderr: [], code: EXIT_OK };
  }
  const a = analyzeCard(source.text, options);
  const report: CardReport[] = a.format === null ? [] : [{ path: shown, abs, format: a.format, metrics: a.metrics, findings: a.findings }];
  const all = summarize(report);
  const reports = args.quiet ? onlyErrors(report) : report;
  const stderr: string[] = [];
  const why = a.format === null ? notCardReason(a) : null;
  if (why !== null) stderr.push(`${shown}: not checked: ${why}`);
  const code = verdict(args, all, stderr);
  return { stdout: formatReports(args, reports, args.quiet ? summarize(reports) : all, cwd), stderr, code };
}
