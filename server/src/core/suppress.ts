// Suppression comments, as markdownlint users know them:
// <!-- modelcard-disable rule -->, -enable, -disable-line, -disable-next-line, -disable-file
// (in front matter, the same words in a YAML comment after `#`). Only real comments count: an HTML
// comment as CommonMark reads the body (never one in code), a `#` comment as YAML reads front matter.
import type { FrontMatter } from './parse/frontMatter';
import type { BodyCard } from './parseBody';
import { isRuleId, type RuleId } from './rules/registry';
import type { Finding, Range } from './types';
import type { LineIndex } from './text';

type Kind = 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';
/** Longest first, so `disable-line` is not read as `disable`. */
const KINDS: readonly Kind[] = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'];
/** Every suppression comment starts with it: a text without it has none. */
export const SUPPRESSION_PREFIX = 'modelcard-';

/** `line`: where it starts (disable, enable); `lastLine`: where it ends (disable-line covers both, disable-next-line the one after). */
type Directive = { kind: Kind; line: number; lastLine: number; rules: RuleId[] | 'all' };

function readRules(text: string): RuleId[] | 'all' {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return 'all';
  return words.filter(isRuleId);
}

/** The directive a comment's text holds: `modelcard-<kind>` as its first word, then rule ids; else null. */
function readDirective(text: string, line: number, lastLine: number): Directive | null {
  const start = text.length - text.trimStart().length;
  if (!text.startsWith(SUPPRESSION_PREFIX, start)) return null;
  const at = start + SUPPRESSION_PREFIX.length;
  for (const kind of KINDS) {
    if (!text.startsWith(kind, at)) continue;
    const rest = text.slice(at + kind.length);
    // `modelcard-disablefoo` or `modelcard-disable-foo` is no directive.
    if (rest !== '' && !/^[\s,]/.test(rest)) return null;
    return { kind, line, lastLine, rules: readRules(rest) };
  }
  return null;
}

/** The directives in the body's HTML comments (closed ones: an open comment hides the rest of its block). */
function bodyDirectives(body: BodyCard, out: Directive[]): void {
  for (const c of body.htmlComments) {
    if (!c.closed || !c.text.includes(SUPPRESSION_PREFIX)) continue;
    const d = readDirective(c.text, c.range.start.line, c.range.end.line);
    if (d) out.push(d);
  }
}

const inside = (r: Range, line: number, ch: number): boolean =>
  (line > r.start.line || (line === r.start.line && ch >= r.start.character)) && (line < r.end.line || (line === r.end.line && ch < r.end.character));

/** The directives in front matter's YAML comments: a `#` at a line's start or after a space, outside every key and scalar. */
function frontMatterDirectives(index: LineIndex, fm: FrontMatter, out: Directive[]): void {
  const end = fm.closeLine ?? index.lines.length;
  const candidates = new Map<number, number>();
  for (let line = fm.openLine + 1; line < end; line++) {
    const text = index.lines[line] ?? '';
    const at = text.indexOf(SUPPRESSION_PREFIX);
    if (at < 0) continue;
    const hash = text.lastIndexOf('#', at);
    if (hash >= 0 && (hash === 0 || text[hash - 1] === ' ' || text[hash - 1] === '\t')) candidates.set(line, hash);
  }
  if (candidates.size === 0) return;
  // Scalars and keys do not nest, so this pass is linear in the entries and their lines.
  for (const e of fm.entries) {
    for (const r of e.kind === 'scalar' ? [e.keyRange, e.valueRange] : [e.keyRange]) {
      for (let line = r.start.line; line <= r.end.line; line++) {
        const hash = candidates.get(line);
        if (hash !== undefined && inside(r, line, hash)) candidates.delete(line);
      }
    }
  }
  for (const [line, hash] of candidates) {
    const d = readDirective((index.lines[line] ?? '').slice(hash + 1), line, line);
    if (d) out.push(d);
  }
}

/** Drops the findings that a suppression comment covers. */
export function applySuppressions(index: LineIndex, findings: Finding[], body: BodyCard | null, frontMatter: FrontMatter | null): Finding[] {
  if (findings.length === 0 || !index.text.includes(SUPPRESSION_PREFIX)) return findings;
  const directives: Directive[] = [];
  if (frontMatter) frontMatterDirectives(index, frontMatter, directives);
  if (body) bodyDirectives(body, directives);
  if (directives.length === 0) return findings;
  directives.sort((a, b) => a.line - b.line);
  const covers = (d: Directive, rule: RuleId): boolean => d.rules === 'all' || d.rules.includes(rule);
  return findings.filter((f) => {
    const line = f.range.start.line;
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-file' && covers(d, f.rule)) return false;
      if (d.kind === 'disable-line' && d.line <= line && line <= d.lastLine && covers(d, f.rule)) return false;
      if (d.kind === 'disable-next-line' && d.lastLine + 1 === line && covers(d, f.rule)) return false;
      if (d.line <= line && d.kind === 'disable' && covers(d, f.rule)) disabled = true;
      if (d.line <= line && d.kind === 'enable' && covers(d, f.rule)) disabled = false;
    }
    return !disabled;
  });
}
