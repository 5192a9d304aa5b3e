// Reading counts (78.0B, 1.8T, 7e9, 1,875) and writing numbers the way cards do.

const SUFFIX: Record<string, number> = { K: 1e-6, M: 1e-3, B: 1, T: 1e3 };

/** Values that mean "unknown" in a card: `-`, `-B`, `- -`, `TBA`, `?`, `N/A`-free. */
export function isUnknownText(raw: string): boolean {
  const t = raw.trim();
  return t === '' || /^-+\s*[KMBT]?$/i.test(t) || t === '- -' || /^(TBA|TBD|unknown|\?)$/i.test(t);
}

export type CountResult = { kind: 'unknown' } | { kind: 'value'; billions: number } | { kind: 'invalid' };

/**
 * Reads a parameter or token count in billions. A suffix K/M/B/T scales it; a plain number is
 * billions unless it is at least a million (then it is an absolute count such as 7e9).
 */
export function parseCount(input: unknown): CountResult {
  if (input === null || input === undefined) return { kind: 'unknown' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return { kind: 'invalid' };
    return { kind: 'value', billions: input >= 1e6 ? input / 1e9 : input };
  }
  if (typeof input !== 'string') return { kind: 'invalid' };
  const raw = input.trim();
  if (isUnknownText(raw)) return { kind: 'unknown' };
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+))?\s*([KMBT])?$/i.exec(raw);
  if (!m) return { kind: 'invalid' };
  const base = Number((m[1] ?? '').replace(/,/g, '')) * (m[2] ? 10 ** Number(m[2]) : 1);
  if (!Number.isFinite(base)) return { kind: 'invalid' };
  const suffix = m[3]?.toUpperCase();
  if (suffix) return { kind: 'value', billions: base * (SUFFIX[suffix] ?? 1) };
  return { kind: 'value', billions: base >= 1e6 ? base / 1e9 : base };
}

/** Parses a plain decimal number with optional thousands separators; NaN when it is not one. */
export function parseDecimal(raw: string): number {
  const t = raw.trim();
  if (!/^(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(t)) return NaN;
  return Number(t.replace(/,/g, ''));
}

/** A number without float noise: 78 -> "78", 0.135 -> "0.135", 232.30769 -> "232.30769". */
export function plain(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** Inserts thousands separators into a plain decimal string: "18120.5" -> "18,120.5". */
function withSeparators(decimal: string): string {
  const [int = '', frac] = decimal.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const groupedInt = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? `${sign}${groupedInt}` : `${sign}${groupedInt}.${frac}`;
}
// Hand-rolled rather than toLocaleString: the first Intl call loads ICU data, a large share of a CLI run.

/** Thousands separators, no decimals: 1875 -> "1,875". */
export function grouped(n: number): string {
  return withSeparators(String(Math.round(n)));
}

/** Fixed decimals with thousands separators: 232.307 -> "232.3". */
export function fixed(n: number, digits: number): string {
  return withSeparators(n.toFixed(digits));
}

/** FLOPs in scientific notation: 8.48e24 -> "8.48 × 10²⁴". */
export function scientific(n: number): string {
  if (n === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  const mantissa = n / 10 ** exp;
  const sup = String(exp)
    .split('')
    .map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹⁻'['0123456789-'.indexOf(c)] ?? c)
    .join('');
  return `${mantissa.toFixed(2)} × 10${sup}`;
}

/** A count in billions for display: 18120 -> "18,120B", 0.135 -> "0.135B". */
export function billions(n: number): string {
  if (n >= 1000) return `${withSeparators(String(Number(n.toFixed(1))))}B`;
  return `${plain(n)}B`;
}
