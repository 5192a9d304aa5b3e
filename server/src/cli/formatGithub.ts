// GitHub Actions workflow commands: one `::error file=…,line=…::message` annotation per finding.
import type { Severity } from '../core';
import type { CardReport, Summary } from './check';
import { summaryLine } from './formatText';

/** Workflow commands have three levels; information and hints are notices. */
export function githubLevel(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

// Other control characters would reach the log as they are (a terminal escape, say): shown as \xNN instead.
const showControls = (s: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** A command's message, escaped as the Actions toolkit does (`%`, CR, LF). */
export function escapeData(s: string): string {
  return showControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as data, and `:` and `,` too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation per finding (1-based lines and columns), then the summary as a plain log line. */
export function formatGithub(reports: readonly CardReport[], summary: Summary): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const { start, end } = f.range;
      const props = [
        `file=${escapeProperty(r.path)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(f.rule)}`,
      ];
      lines.push(`::${githubLevel(f.severity)} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  lines.push(summaryLine(summary));
  return lines.join('\n') + '\n';
}
