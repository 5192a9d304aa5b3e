// markdown-it as the reference CommonMark parser of the differential tests: per-line classes from its block
// tokens, and the hrefs of its links, next to the same views of the engine's own scan.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { LineFlag, LineKind, scanBlocks, type BlockScan } from '../../../server/src/core/parse/blocks';
import type { BodyLink } from '../../../server/src/core/parseBody';

/** markdown-it with raw HTML on (CommonMark reads it) and its link filter off (CommonMark keeps every scheme). */
export function referenceParser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  md.validateLink = (): boolean => true;
  return md;
}

/** A line's class as both parsers can tell it: leaf kind (with heading level), and whether a list item opens there. */
export interface LineClass {
  leaf: 'paragraph' | `h${number}` | 'fence' | 'code' | 'html' | 'table' | 'hr' | 'none';
  item: boolean;
}

const LEAVES: Record<string, LineClass['leaf']> = { paragraph_open: 'paragraph', fence: 'fence', code_block: 'code', html_block: 'html', hr: 'hr', table_open: 'table' };

/** Per-line classes of markdown-it's block tokens (`none` where no leaf block covers a line: blank lines, definitions). */
export function referenceClasses(md: MarkdownIt, text: string): LineClass[] {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  const out: LineClass[] = Array.from({ length: lineCount }, () => ({ leaf: 'none', item: false }));
  const tokens: Token[] = md.parse(text, {});
  for (const t of tokens) {
    if (!t.map) continue;
    const [from, to] = t.map;
    if (t.type === 'list_item_open') {
      const c = out[from];
      if (c) c.item = true;
      continue;
    }
    const leaf = t.type === 'heading_open' ? (t.tag as LineClass['leaf']) : LEAVES[t.type];
    if (!leaf) continue;
    for (let l = from; l < to && l < lineCount; l++) {
      const c = out[l];
      if (c) c.leaf = leaf;
    }
  }
  return out;
}

/** The same classes read off the engine's block scan. */
export function scanClasses(scan: BlockScan): LineClass[] {
  const out: LineClass[] = [];
  for (let l = 0; l < scan.end; l++) {
    const k = scan.kind(l);
    const item = (scan.flags(l) & LineFlag.ItemStart) !== 0;
    let leaf: LineClass['leaf'] = 'none';
    switch (k) {
      case LineKind.Paragraph:
        leaf = 'paragraph';
        break;
      case LineKind.AtxHeading:
      case LineKind.SetextText:
      case LineKind.SetextUnderline:
        leaf = `h${scan.level(l)}`;
        break;
      case LineKind.FenceOpen:
      case LineKind.FenceBody:
      case LineKind.FenceClose:
        leaf = 'fence';
        break;
      case LineKind.IndentedCode:
        leaf = 'code';
        break;
      case LineKind.Html:
        leaf = 'html';
        break;
      case LineKind.TableHeader:
      case LineKind.TableDelimiter:
      case LineKind.TableRow:
        leaf = 'table';
        break;
      case LineKind.ThematicBreak:
        leaf = 'hr';
        break;
    }
    out.push({ leaf, item });
  }
  return out;
}

/** The engine's classes of a text, split into lines as the engine splits them. */
export function engineClasses(text: string): LineClass[] {
  const lines = text.split(/\r\n|\r|\n/);
  return scanClasses(scanBlocks(lines));
}

/** A link as both sides can tell it: image or not, and the href after markdown-it's own decoding and normalization. */
export type LinkView = string;

/** markdown-it's links and images in document order, as `img <src>` or `a <href>` (images' alt text included). */
export function referenceLinks(md: MarkdownIt, text: string): LinkView[] {
  const out: LinkView[] = [];
  const walk = (tokens: Token[] | null): void => {
    for (const t of tokens ?? []) {
      if (t.type === 'link_open') out.push(`a ${t.attrGet('href') ?? ''}`);
      if (t.type === 'image') out.push(`img ${t.attrGet('src') ?? ''}`);
      walk(t.children);
    }
  };
  walk(md.parse(text, {}));
  return out;
}

/** The engine's links of a body as the same views: the destination as written (from its range), decoded and normalized by markdown-it. */
export function engineLinks(md: MarkdownIt, text: string, links: readonly BodyLink[]): LinkView[] {
  const lines = text.split(/\r\n|\r|\n/);
  return links.map((l) => {
    const r = l.destinationRange;
    const raw = (lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
    const href = l.kind === 'autolink' ? md.normalizeLink(l.destination) : md.normalizeLink(md.utils.unescapeAll(raw));
    return `${l.image ? 'img' : 'a'} ${href}`;
  });
}
