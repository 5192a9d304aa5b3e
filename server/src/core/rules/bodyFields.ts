// Rules on the body's fields: required and recommended fields, malformed values, duplicates.
import type { RuleContext } from '../context';
import type { BodyFieldName } from '../parseBody';
import { parseCount } from '../numbers';
import { fullLineRange, lineRange } from '../text';
import type { Range, SourceField, TextEdit } from '../types';
import { ACCESS_LABELS, BODY_TYPES, FORMULA_TEXT, isValidDate, readAccess, readAlScore, readRatio, readReleased } from '../values';
import { MONTHS } from '../constants';

const REQUIRED: BodyFieldName[] = ['Organization', 'Released', 'Access'];
const RECOMMENDED: BodyFieldName[] = ['Type', 'Parameters', 'Training Tokens', 'Token:Param Ratio', 'ALScore', 'Formula', 'Dataset Type', 'Last Updated'];
/** The sub-section each bullet field belongs under, for placing "missing" findings. */
const HOME: Partial<Record<BodyFieldName, string>> = {
  Type: 'Model Architecture',
  Parameters: 'Model Architecture',
  'Training Tokens': 'Model Architecture',
  'Token:Param Ratio': 'Model Architecture',
  ALScore: 'Training Efficiency',
  Formula: 'Training Efficiency',
  'Dataset Type': 'Training Data',
};

export function checkBodyFields(ctx: RuleContext): void {
  const body = ctx.body;
  if (!body) return;
  const titleRange = body.titles[0]?.range ?? fullLineRange(ctx.index, body.startLine);

  if (body.titles.length === 0) {
    ctx.report('missing-field', titleRange, 'The card has no title: add `# <model name>` as its first line');
  }
  for (const extra of body.titles.slice(1)) {
    ctx.report('duplicate-field', extra.range, `A card has exactly one title (# heading); "${body.titles[0]?.value ?? ''}" came first`);
  }

  for (const name of [...REQUIRED, ...RECOMMENDED]) {
    if (body.first.has(name)) continue;
    const required = REQUIRED.includes(name);
    const home = HOME[name];
    const heading = home ? body.headings.find((h) => h.name === home) : undefined;
    const range: Range = heading?.range ?? titleRange;
    const where = home ? ` under ### ${home}` : '';
    const shape = name === 'Last Updated' || REQUIRED.includes(name) ? `**${name}:** …` : `- **${name}:** …`;
    ctx.report('missing-field', range, `${required ? 'Required' : 'Recommended'} field ${name} is missing: add \`${shape}\`${where}`, {
      severity: required ? 'error' : 'information',
      ...(name === 'Formula' && heading ? { fix: { title: 'Add the Formula line', edits: [lineInsertAfter(ctx, formulaAnchor(body.fields, heading.line), `- **Formula:** ${FORMULA_TEXT}`)] } } : {}),
    });
  }

  const seen = new Map<string, SourceField>();
  for (const field of body.fields) {
    const first = seen.get(field.name);
    if (first) {
      const same = first.raw === field.raw;
      ctx.report('duplicate-field', field.keyRange, `${field.name} is given twice (first on line ${first.line + 1}${same ? ', with the same value' : `: ${first.raw}`})`, {
        ...(same ? { fix: { title: 'Remove the duplicate line', edits: [lineDelete(ctx, field.line)] } } : {}),
      });
      continue;
    }
    seen.set(field.name, field);
    checkValue(ctx, field);
  }
}

/** The Formula line goes after the ALScore line of its sub-section, else right after the heading. */
function formulaAnchor(fields: SourceField[], headingLine: number): number {
  const al = fields.find((f) => f.key === 'ALScore');
  return al && al.line > headingLine ? al.line : headingLine;
}

/** An edit adding a line after `line`, staying inside the document when `line` is the last one. */
function lineInsertAfter(ctx: RuleContext, line: number, text: string): TextEdit {
  if (line + 1 < ctx.index.lineCount) return { range: lineRange(line + 1, 0, 0), newText: `${text}\n` };
  const end = (ctx.index.lines[line] ?? '').length;
  return { range: lineRange(line, end, end), newText: `\n${text}` };
}

/** An edit removing a whole line with its line break, staying inside the document when it is the last line. */
function lineDelete(ctx: RuleContext, line: number): TextEdit {
  if (line + 1 < ctx.index.lineCount) return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  const prev = Math.max(0, line - 1);
  return { range: { start: { line: prev, character: line > 0 ? (ctx.index.lines[prev] ?? '').length : 0 }, end: { line, character: (ctx.index.lines[line] ?? '').length } }, newText: '' };
}

/** Reports a malformed field value, with a certain fix where one exists. */
function checkValue(ctx: RuleContext, field: SourceField & { name: BodyFieldName }): void {
  const raw = field.raw;
  const at = ctx.valueAt(field, field.keyRange);
  const invalid = (message: string, fixText?: string): void =>
    ctx.report('invalid-value', at, message, fixText !== undefined ? { fix: ctx.replace(`Write ${fixText}`, field.valueRange, fixText) } : {});

  switch (field.name) {
    case 'Organization':
      if (!raw) invalid('Organization is empty: write `[<lab name>](../../labs/<lab-slug>.md)`');
      else if (/^\[\s*\]/.test(raw)) invalid('Organization link has no lab name: write `[<lab name>](../../labs/<lab-slug>.md)`');
      return;
    case 'Released': {
      if (readReleased(raw) !== null) {
        const m = /^([A-Za-z]{3})\/(\d{4})$/.exec(raw);
        const month = m ? MONTHS.find((x) => x.toLowerCase() === (m[1] ?? '').toLowerCase()) : undefined;
        if (month && m && month !== m[1]) invalid(`Release month is written ${month}: ${month}/${m[2]}`, `${month}/${m[2]}`);
        else if (/^tba$/i.test(raw) && raw !== 'TBA') invalid('An unannounced release is written TBA', 'TBA');
        return;
      }
      invalid(`Release "${raw}" is not a valid date: write Mon/YYYY with Mon one of ${MONTHS.join(', ')} (e.g. Dec/2024), or TBA`);
      return;
    }
    case 'Access': {
      const a = readAccess(raw);
      if (a === null) invalid(`Access "${raw}" is not one of ${Object.values(ACCESS_LABELS).join(', ')}`);
      else if (!a.exact) invalid(`Access is written ${ACCESS_LABELS[a.access]}`, ACCESS_LABELS[a.access]);
      return;
    }
    case 'Last Updated':
      if (!isValidDate(raw)) invalid(`Last Updated "${raw}" is not a valid date: write YYYY-MM-DD (e.g. 2025-10-02)`);
      return;
    case 'Type': {
      if (raw === '-') return;
      const type = BODY_TYPES.find((x) => x.toLowerCase() === raw.toLowerCase());
      if (!type) invalid(`Type "${raw}" is not one of ${BODY_TYPES.join(', ')}, or - when unknown`);
      else if (type !== raw) invalid(`Type is written ${type}`, type);
      return;
    }
    case 'Parameters':
    case 'Training Tokens':
      if (parseCount(raw).kind === 'invalid') {
        invalid(`${field.name} "${raw}" is not a count: write the number in billions with B (e.g. ${field.name === 'Parameters' ? '78.0B' : '18120.0B'}), or - when unknown`);
      }
      return;
    case 'Token:Param Ratio':
      if (readRatio(raw).kind === 'invalid') invalid(`Token:Param Ratio "${raw}" is not a ratio: write <n>:1 ✅ Compute-optimal or <n>:1 ⚠️ Under-trained, or - - when unknown`);
      return;
    case 'ALScore':
      if (readAlScore(raw).kind === 'invalid') invalid(`ALScore "${raw}" is not a score: write <score> (<tier>), e.g. 4.0 (Mid-tier), or - when unknown`);
      return;
    case 'Formula':
      if (raw.replace(/\s+/g, ' ') !== FORMULA_TEXT) invalid(`The Formula line reads ${FORMULA_TEXT}`, FORMULA_TEXT);
      return;
    case 'Dataset Type':
      return;
  }
}
