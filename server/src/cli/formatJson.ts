// Machine output: one JSON object with every card's format, metrics and findings (0-based LSP ranges).
import type { Fix, Metrics, Range, RuleId, Severity } from '../core';
import type { CardReport, Summary } from './check';

interface JsonDiagnostic {
  rule: RuleId;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
}

export interface JsonReport {
  files: { path: string; format: CardReport['format']; metrics: Metrics; diagnostics: JsonDiagnostic[] }[];
  summary: { files: number; errors: number; warnings: number; information: number; hints: number };
}

/** The report as a plain object (exported for tests and other tools). */
export function toJsonReport(reports: readonly CardReport[], summary: Summary): JsonReport {
  return {
    files: reports.map((r) => ({
      path: r.path,
      format: r.format,
      metrics: finiteMetrics(r.metrics),
      diagnostics: r.findings.map((f) => {
        const d: JsonDiagnostic = { rule: f.rule, severity: f.severity, message: f.message, range: f.range };
        if (f.fix) d.fix = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ range: e.range, newText: e.newText })) };
        return d;
      }),
    })),
    summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings, information: summary.information, hints: summary.hints },
  };
}

/** The report as one line of JSON and a newline. */
export function formatJson(reports: readonly CardReport[], summary: Summary): string {
  return JSON.stringify(toJsonReport(reports, summary)) + '\n';
}

// JSON has no Infinity or NaN: such a metric is as unknown as a missing one.
function finiteMetrics(m: Metrics): Metrics {
  const values = m as unknown as Record<string, unknown>;
  const infinite = (k: string): boolean => typeof values[k] === 'number' && !Number.isFinite(values[k]);
  const keys = Object.keys(values);
  if (!keys.some(infinite)) return m; // the usual case: nothing to copy
  const out = { ...values };
  for (const k of keys) if (infinite(k)) out[k] = null;
  return out as unknown as Metrics;
}
