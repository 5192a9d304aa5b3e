// Did-you-mean: the entry of a list nearest to a misspelt value, and when a correction is certain.

/** Edit distance (insert, delete, substitute), for short texts. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The edit distance when it is at most `limit`, else `limit + 1`: only a band of width 2 × limit + 1 is
 * computed, and the scan stops once a whole row is past the limit (linear in the text for a small limit).
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    cur.fill(over);
    cur[0] = i <= limit ? i : over;
    let rowMin = cur[0] ?? over;
    for (let j = from; j <= to; j++) {
      const d = Math.min((prev[j] ?? over) + 1, (cur[j - 1] ?? over) + 1, (prev[j - 1] ?? over) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d > over ? over : d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length] ?? over, over);
}

/** The text with case, spaces, underscores, dots and dashes folded away: `Apache 2.0` and `apache-2.0` agree. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** Each list's entries folded, made once per list: the lists are the vocabulary's, asked again on every card. */
const foldedLists = new WeakMap<readonly string[], readonly string[]>();

function foldedOf(list: readonly string[]): readonly string[] {
  let folded = foldedLists.get(list);
  if (!folded) foldedLists.set(list, (folded = list.map(fold)));
  return folded;
}

export interface Nearest {
  value: string;
  /** Only a spelling variant (case, separators): the correction is certain. */
  certain: boolean;
}

/**
 * The list entry a value most likely means: a spelling variant of exactly one entry (certain), else the one
 * entry within a small edit distance of it, when no other entry is as near (a suggestion); null otherwise.
 */
export function nearestOf(value: string, list: readonly string[]): Nearest | null {
  if (value.length > 80) return null;
  const folded = fold(value);
  const foldedList = foldedOf(list);
  let variants = 0;
  let variant: string | undefined;
  for (let i = 0; i < list.length; i++) {
    if (foldedList[i] !== folded) continue;
    variants++;
    variant = list[i];
  }
  if (variants === 1 && variant !== undefined) return { value: variant, certain: true };
  const limit = Math.min(3, Math.max(1, Math.floor(value.length / 4)));
  const lower = value.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of list) {
    if (Math.abs(candidate.length - value.length) > limit) continue;
    const d = levenshtein(lower, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return best !== null && bestDistance <= limit && !tie ? { value: best, certain: false } : null;
}
