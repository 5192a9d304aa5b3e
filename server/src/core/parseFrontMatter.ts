// Reads YAML front matter through gray-matter, and maps each key to its source range.
import { lazyYaml } from './lazy';
import { LineIndex, lineRange } from './text';
import type { Range, SourceField } from './types';

export interface FrontMatterEntry extends SourceField {
  /** Key path from the top: ['benchmarks', 'MMLU']. */
  path: string[];
  indent: number;
}

export interface FrontMatter {
  /** Lines of the opening and closing `---` (closing null when never closed). */
  openLine: number;
  closeLine: number | null;
  /** The parsed mapping, or null when the YAML does not parse to one. */
  data: Record<string, unknown> | null;
  error: { message: string; range: Range } | null;
  /** Every `key: value` line, top level and nested, in order. */
  entries: FrontMatterEntry[];
}


/** Finds and parses front matter at the top of the document; null when there is none. */
export function parseFrontMatter(index: LineIndex): FrontMatter | null {
  if ((index.lines[0] ?? '').trimEnd() !== '---') return null;
  let closeLine: number | null = null;
  for (let line = 1; line < index.lineCount; line++) {
    const t = (index.lines[line] ?? '').trimEnd();
    if (t === '---' || t === '...') {
      closeLine = line;
      break;
    }
  }
  const fm: FrontMatter = { openLine: 0, closeLine, data: null, error: null, entries: [] };
  if (closeLine === null) {
    fm.error = { message: 'Front matter opened by `---` on line 1 is never closed: add a `---` line after its last key.', range: lineRange(0, 0, 3) };
    // The keys up to the first blank line still tell a front-matter card from other Markdown.
    let end = 1;
    while (end < index.lineCount && (index.lines[end] ?? '').trim() !== '') end++;
    fm.entries = scanEntries(index, 1, end);
    return fm;
  }
  fm.entries = scanEntries(index, 1, closeLine);
  const block = `---\n${index.lines.slice(1, closeLine).join('\n')}\n---\n`;
  try {
    const { matter, yaml } = lazyYaml();
    // CORE schema keeps dates as strings (2024-05 stays "2024-05"); json mode makes a duplicate key a finding, not a crash.
    const engines = { yaml: (s: string): object => yaml.safeLoad(s, { schema: yaml.CORE_SCHEMA, json: true }) as object };
    const data: unknown = matter(block, { engines }).data;
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
    else fm.error = { message: 'Front matter must be a mapping of keys to values (`model_name: …`).', range: lineRange(1, 0, (index.lines[1] ?? '').length) };
  } catch (e) {
    fm.error = yamlError(e, index, closeLine);
  }
  return fm;
}

function yamlError(e: unknown, index: LineIndex, closeLine: number): { message: string; range: Range } {
  const err = e as { reason?: string; message?: string; mark?: { line: number; column: number } };
  const reason = err.reason ?? err.message ?? String(e);
  const line = Math.min(Math.max(err.mark?.line ?? 1, 1), closeLine);
  const text = index.lines[line] ?? '';
  const character = Math.min(err.mark?.column ?? 0, text.length);
  const end = character < text.length ? text.length : character;
  return { message: `YAML syntax error: ${reason} (line ${line + 1}, column ${character + 1}).`, range: lineRange(line, character, end) };
}

const ENTRY_RE = /^(\s*)(?:-\s+)?(?:"([^"]+)"|'([^']+)'|([^\s#'"][^:#]*?))\s*:(?=\s|$)[ \t]*(.*)$/;

/** Maps `key: value` lines to key paths by indentation; comments and list items are skipped. */
function scanEntries(index: LineIndex, from: number, to: number): FrontMatterEntry[] {
  const entries: FrontMatterEntry[] = [];
  const stack: FrontMatterEntry[] = [];
  for (let line = from; line < to; line++) {
    const text = index.lines[line] ?? '';
    if (/^\s*(#|$)/.test(text)) continue;
    const m = ENTRY_RE.exec(text);
    if (!m) continue;
    const indent = (m[1] ?? '').length;
    const key = m[2] ?? m[3] ?? m[4] ?? '';
    let value = (m[5] ?? '').replace(/\s+#.*$/, '').trim();
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    const keyStart = text.indexOf(key, indent);
    const valueStart = value ? text.indexOf(value, keyStart + key.length + 1) : text.length;
    if (value === '|' || value === '>') value = '';
    const entry: FrontMatterEntry = {
      key,
      keyRange: lineRange(line, keyStart, keyStart + key.length),
      raw: value,
      valueRange: lineRange(line, valueStart, valueStart + value.length),
      line,
      path: [...stack.map((s) => s.key), key],
      indent,
    };
    entries.push(entry);
    stack.push(entry);
  }
  return entries;
}
