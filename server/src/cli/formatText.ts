// Human output: `path:line:col severity rule-id message`, one finding per line, then a summary.
import type { CardReport, Summary } from './check';
import { escapeControl } from './terminal';

/** One line per finding (1-based line and column), then the summary line; control characters escaped. */
export function formatText(reports: readonly CardReport[], summary: Summary): string {
  const lines: string[] = [];
  for (const r of reports) {
    const shown = escapeControl(r.path);
    for (const f of r.findings) {
      const { line, character } = f.range.start;
      lines.push(`${shown}:${line + 1}:${character + 1} ${f.severity} ${f.rule} ${escapeControl(oneLine(f.message))}`);
    }
  }
  lines.push(summaryLine(summary));
  return lines.join('\n') + '\n';
}

/** e.g. `12 files checked: 2 errors, 1 warning, 3 information in 2 files`. */
export function summaryLine(s: Summary): string {
  const checked = `${plural(s.files, 'file')} checked`;
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), `${s.information} information`];
  if (s.hints > 0) parts.push(plural(s.hints, 'hint'));
  if (s.errors + s.warnings + s.information + s.hints === 0) return `${checked}: no problems`;
  return `${checked}: ${parts.join(', ')} in ${plural(s.filesWithFindings, 'file')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// A finding stays on its own line whatever its message holds.
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
