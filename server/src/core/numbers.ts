// Writing numbers the way cards do (reading them is vocabulary/readers.ts).

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
