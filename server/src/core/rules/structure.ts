// Rules on the body's structure: sections and their order, benchmarks, tags, resource links.
import type { RuleContext } from '../context';
import { parseDecimal } from '../numbers';
import { SECTION_EMOJI, SECTIONS, SUBSECTIONS } from '../parseBody';
import { fullLineRange } from '../text';
import type { Heading } from '../types';

export function checkStructure(ctx: RuleContext): void {
  const body = ctx.body;
  if (!body) return;
  const anchor = body.titles[0]?.range ?? fullLineRange(ctx.index, body.startLine);
  // One pass over the headings: which sections and sub-sections are there, and the first Technical Specifications.
  const present = new Set<string>();
  const sections: (Heading & { name: string })[] = [];
  let tech: Heading | undefined;
  for (const h of body.headings) {
    if (h.name === null) continue;
    if (h.level === 2) sections.push(h as Heading & { name: string });
    present.add(`${h.level}${h.name}`);
    if (!tech && h.name === 'Technical Specifications') tech = h;
  }

  for (const name of SECTIONS) {
    if (!present.has(`2${name}`)) ctx.report('missing-section', anchor, `Section "## ${SECTION_EMOJI[name]} ${name}" is missing`);
  }
  let furthest = -1;
  let furthestName = '';
  for (const h of sections) {
    const at = SECTIONS.indexOf(h.name as (typeof SECTIONS)[number]);
    if (at < furthest) {
      ctx.report('section-order', h.range, `Section "${h.name}" belongs before "${furthestName}": the order is ${SECTIONS.join(', ')}`);
    } else {
      furthest = at;
      furthestName = h.name;
    }
  }

  if (tech) {
    for (const name of SUBSECTIONS) {
      if (!present.has(`3${name}`)) ctx.report('missing-section', tech.range, `Sub-section "### ${name}" is missing under Technical Specifications`);
    }
  }

  checkBenchmarks(ctx);
  checkTags(ctx);
}

function checkBenchmarks(ctx: RuleContext): void {
  const seen = new Map<string, number>();
  for (const row of ctx.body?.benchmarks ?? []) {
    const key = row.name.toLowerCase();
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      ctx.report('duplicate-benchmark', row.nameRange, `Benchmark ${row.name} is listed twice (first on line ${firstLine + 1})`);
    } else {
      seen.set(key, row.line);
    }
    const raw = row.raw.trim();
    if (raw === '-' || raw === '') continue;
    const score = parseDecimal(raw.replace(/%$/, ''));
    if (Number.isNaN(score)) {
      ctx.report('benchmark-out-of-range', row.scoreRange, `${row.name} score "${raw}" is not a number: write a score from 0 to 100, or - when unknown`);
    } else if (score < 0 || score > 100) {
      ctx.report('benchmark-out-of-range', row.scoreRange, `${row.name} score ${raw} is outside 0–100`);
    }
  }
}

function checkTags(ctx: RuleContext): void {
  const body = ctx.body;
  if (!body?.tagLine || !body.tagsSection) return;
  const line = body.tagLine.tags;
  const section = body.tagsSection.tags;
  const norm = (xs: string[]): string => [...new Set(xs.map((x) => x.toLowerCase()))].sort().join('\n');
  if (norm(line) === norm(section)) return;
  const show = (xs: string[], none: string): string => (xs.length ? xs.join(', ') : none);
  const expected = line.length ? line.map((t) => `\`${t}\``).join(', ') : '_No specific tags_';
  ctx.report(
    'tags-mismatch',
    body.tagsSection.range,
    `Model Tags lists ${show(section, 'no tags')} but the tag line (line ${body.tagLine.range.start.line + 1}) lists ${show(line, 'no tags')}`,
    { suggestions: [ctx.replace('Make Model Tags match the tag line', body.tagsSection.range, expected)] },
  );
  // Either side may be the mistake: the tag line gets its own finding.
  const fromSection = section.length ? section.join(', ') : 'Large Language Model';
  ctx.report('tags-mismatch', body.tagLine.range, `The tag line lists ${show(line, 'no tags')} but Model Tags (line ${body.tagsSection.range.start.line + 1}) lists ${show(section, 'no tags')}`, {
    suggestions: [ctx.replace('Make the tag line match Model Tags', body.tagLine.range, fromSection)],
  });
}

/** Resource links must be well-formed http(s) URLs or relative paths. */
export function checkLinks(ctx: RuleContext): void {
  const body = ctx.body;
  if (!body) return;
  // The Resources section runs from its heading to the next ## heading.
  let start = -1;
  let end = ctx.index.lineCount;
  for (const h of body.headings) {
    if (h.level !== 2) continue;
    if (start >= 0) {
      end = h.line;
      break;
    }
    if (h.name === 'Resources') start = h.line;
  }
  if (start < 0) return;
  // Links as CommonMark reads them; a definition used by several reference links is checked once.
  const checked = new Set<string>();
  for (const link of body.linksIn(start + 1, end)) {
    if (link.label !== null) {
      if (checked.has(link.label)) continue;
      checked.add(link.label);
    }
    const url = link.destination.trim();
    const problem = urlProblem(url);
    if (problem) ctx.report('invalid-value', link.destinationRange, `Link "${url}" ${problem}`);
  }
}

/** Why a link target that is meant as a URL is malformed; null when fine or when it is plain text. */
export function urlProblem(url: string): string | null {
  if (url === '') return 'is empty: give the resource URL';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) {
    // Real cards put free text here ("Limited demo"); only a mangled http(s) prefix is a broken URL.
    return /^h?t?tps?(?::\/{0,2}|\/{1,2})(?=[a-z0-9])/i.test(url) ? 'is not a valid URL: write https://…' : null;
  }
  if (scheme !== 'http' && scheme !== 'https') return `uses the scheme ${scheme}: write an https:// URL`;
  // Free text may follow the URL ("https://… (code only)"): the URL is the first word.
  const first = url.split(/\s/)[0] ?? url;
  try {
    const u = new URL(first);
    return u.hostname.includes('.') || u.hostname === 'localhost' ? null : 'has no valid host name';
  } catch {
    return 'is not a valid URL';
  }
}
