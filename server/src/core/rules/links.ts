// Resource links: the links of the Resources section, and what makes a URL malformed.
import type { Range } from '../types';
import type { RuleContext } from './context';

/** The link destinations of the Resources section (from its heading to the next `##`), images included. */
export function resourceLinks(ctx: RuleContext): { url: string; range: Range }[] {
  const body = ctx.body;
  if (!body) return [];
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
  if (start < 0) return [];
  // Links as CommonMark reads them; a definition used by several reference links is checked once.
  const checked = new Set<string>();
  const out: { url: string; range: Range }[] = [];
  for (const link of body.linksIn(start + 1, end)) {
    if (link.label !== null) {
      if (checked.has(link.label)) continue;
      checked.add(link.label);
    }
    out.push({ url: link.destination.trim(), range: link.destinationRange });
  }
  return out;
}

/** Why a link target that is meant as a URL is malformed; null when fine or when it is plain text. */
export function urlProblem(url: string): string | null {
  if (url === '') return 'is empty: give the resource URL';
  const scheme = /^([a-z][a-z0-9+.-]{0,31}):\/\//i.exec(url)?.[1]?.toLowerCase();
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
