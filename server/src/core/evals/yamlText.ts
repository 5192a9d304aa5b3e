// YAML scalars written so that both the `yaml` package (YAML 1.2) and PyYAML (1.1, huggingface_hub) read them back as written.

// Plain only when it starts with a letter and holds nothing YAML gives a meaning to (`:`, `#`, quotes, brackets…).
const PLAIN = /^[A-Za-z][A-Za-z0-9 ._/()+-]*$/;
// Words YAML 1.1 reads as booleans or null when plain (`no` is False in PyYAML).
const RESERVED = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

const UNSAFE = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/** A string as a YAML scalar: plain when that reads back as the same string in YAML 1.1 and 1.2, else double-quoted. */
export function yamlString(value: string): string {
  if (value.length <= 200 && PLAIN.test(value) && !value.endsWith(' ') && !RESERVED.has(value.toLowerCase())) return value;
  // A JSON string is a YAML double-quoted scalar. DEL, C1 controls, bidi controls, line separators and the BOM
  // are escaped too (YAML allows \u escapes), so the block is safe to print to a terminal.
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// A decimal as written on a card: kept as is (`49.0` stays `49.0`, read back as the number 49).
const DECIMAL = /^\d{1,15}(\.\d{1,15})?$/;

/** A score as a YAML number: the card's digits when they are a plain decimal, else the number's shortest form. */
export function yamlNumber(value: number, written: string): string {
  const t = written.trim().replace(/%$/, '');
  if (DECIMAL.test(t) && Number(t) === value) return t;
  if (!Number.isFinite(value)) return '.nan';
  const s = String(value);
  // PyYAML reads `1e+21` as text: its floats need a dot (`1.0e+21`).
  const e = s.indexOf('e');
  return e > 0 && !s.includes('.') ? `${s.slice(0, e)}.0${s.slice(e)}` : s;
}
