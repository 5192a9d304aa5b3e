// The README's rule reference (the table and a section per rule), written from the registry between markers.
import { RULES } from '../core/rules/registry';
import { ruleAnchor } from '../core/rules/docs';
import type { Fixable, RuleSpec } from '../core/rules/types';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';
const NOTE = '<!-- Written by `npm run generate` from each rule\'s docs in server/src/core/rules/: edit them there. -->';

const FIX_COLUMN: Readonly<Record<Fixable, string>> = { fix: 'fix', some: 'some', suggestion: 'suggestion', none: '' };

/** One row of the rule table; an empty cell keeps its single space, as the hand-written table had. */
function tableRow(rule: RuleSpec): string {
  const cells = [`[\`${rule.id}\`](#${ruleAnchor(rule.id)})`, rule.docs.severityText ?? rule.severity, rule.docs.fixText ?? FIX_COLUMN[rule.fixable]];
  return `| ${cells.join(' | ')} |`.replace(/ {2}\|$/, ' |');
}

/** A rule's section: summary, the example that triggers it, and the message it gets. */
function ruleSection(rule: RuleSpec): string[] {
  const { summary, example, message } = rule.docs;
  return [
    `### ${rule.id}`,
    '',
    summary,
    ...(example ? ['', `\`\`\`${example.lang}`, example.text, '```'] : []),
    ...(message ? ['', ...message.split('\n').map((l) => `> ${l}`)] : []),
    '',
  ];
}

/** The text between the markers: the table of rules, then their sections, in registry order. */
export function rulesMarkdown(rules: readonly RuleSpec[] = RULES): string {
  return [
    NOTE,
    '',
    '| rule id | default | fix |',
    '|---|---|---|',
    ...rules.map(tableRow),
    '',
    ...rules.flatMap(ruleSection),
    '',
  ].join('\n');
}

/** The README with its rule reference rewritten; throws when the markers are missing or out of order. */
export function withRules(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start || readme.indexOf(RULES_START, start + 1) >= 0 || readme.indexOf(RULES_END, end + 1) >= 0) {
    throw new Error(`README.md needs one ${RULES_START} line and, after it, one ${RULES_END} line`);
  }
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const body = rulesMarkdown().split('\n').join(eol);
  return `${readme.slice(0, start + RULES_START.length)}${eol}${body}${readme.slice(end)}`;
}
