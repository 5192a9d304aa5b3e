// Suppression comments, as markdownlint users know them:
// <!-- modelcard-disable rule -->, -enable, -disable-line, -disable-next-line, -disable-file
// (in front matter, the same words after `#`).
import { isRuleId, type RuleId } from './rules/registry';
import type { Finding } from './types';
import type { LineIndex } from './text';

const DIRECTIVE_RE = /(?:<!--|#)\s*modelcard-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>\n]*?)(?:-->|$)/g;

type Directive = { kind: string; line: number; rules: RuleId[] | 'all' };

function readRules(text: string): RuleId[] | 'all' {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return 'all';
  return words.filter(isRuleId);
}

/** Drops the findings that a suppression comment covers. */
export function applySuppressions(index: LineIndex, findings: Finding[]): Finding[] {
  if (!index.text.includes('modelcard-')) return findings;
  const directives: Directive[] = [];
  index.lines.forEach((text, line) => {
    if (!text.includes('modelcard-')) return;
    for (const m of text.matchAll(DIRECTIVE_RE)) directives.push({ kind: m[1] ?? '', line, rules: readRules(m[2] ?? '') });
  });
  const covers = (d: Directive, rule: RuleId): boolean => d.rules === 'all' || d.rules.includes(rule);
  return findings.filter((f) => {
    const line = f.range.start.line;
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-file' && covers(d, f.rule)) return false;
      if (d.kind === 'disable-line' && d.line === line && covers(d, f.rule)) return false;
      if (d.kind === 'disable-next-line' && d.line + 1 === line && covers(d, f.rule)) return false;
      if (d.line <= line && d.kind === 'disable' && covers(d, f.rule)) disabled = true;
      if (d.line <= line && d.kind === 'enable' && covers(d, f.rule)) disabled = false;
    }
    return !disabled;
  });
}
