// SARIF 2.1.0 output for code-scanning services (GitHub): rules, results with 1-based regions, fixes.
import { pathToFileURL } from 'url';
import { DEFAULT_SEVERITY, RULE_IDS, type Fix, type Range, type Severity } from '../core';
import type { CardReport } from './check';
import { HOMEPAGE, ruleHelp } from '../core/rules/docs';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** SARIF has three levels; information and hints are notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** LSP range (0-based, UTF-16) to a SARIF region (1-based lines and columns, UTF-16 column kind). */
export function sarifRegion(range: Range): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

// A relative path as a URI reference: each segment percent-encoded, separators kept.
function relativeUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function sarifFix(fix: Fix, uri: string): object {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: { uri, uriBaseId: SRCROOT },
        replacements: fix.edits.map((e) => ({ deletedRegion: sarifRegion(e.range), insertedContent: { text: e.newText } })),
      },
    ],
  };
}

/** The whole SARIF log as an object. */
export function toSarif(reports: readonly CardReport[], version: string, cwd: string): object {
  const rules = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m: string, _d: string, c: string) => c.toUpperCase()),
    ...ruleHelp(id),
    defaultConfiguration: { level: sarifLevel(DEFAULT_SEVERITY[id]) },
  }));
  const ruleIndex = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  const results: object[] = [];
  for (const r of reports) {
    const uri = relativeUri(r.path);
    for (const f of r.findings) {
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule) ?? -1,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region: sarifRegion(f.range) } }],
      };
      if (f.fix) result.fixes = [sarifFix(f.fix, uri)];
      results.push(result);
    }
  }
  const root = pathToFileURL(cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'modelcard', version, semanticVersion: version, informationUri: HOMEPAGE, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The SARIF log as pretty JSON and a newline. */
export function formatSarif(reports: readonly CardReport[], version: string, cwd: string): string {
  return JSON.stringify(toSarif(reports, version, cwd), null, 2) + '\n';
}
