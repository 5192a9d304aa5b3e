// The leaderboard repository's file-name rule (spec §5): a card is `models/<lab>/<slug>.md`, a lab `labs/<slug>.md`.

// Compiled on first use of a non-ASCII character: most titles never need it.
let letterOrDigit: RegExp | undefined;
let space: RegExp | undefined;

/**
 * A title's slug: lower-cased; every character other than a letter (Unicode included), digit, `-`, `_` or
 * space dropped; each run of spaces one `-` (`Rubik's AI` -> `rubiks-ai`, `ETH Zürich` -> `eth-zürich`,
 * `GPT-4 Classic (gpt-4-0314 & gpt-4-0613)` -> `gpt-4-classic-gpt-4-0314-gpt-4-0613`). One pass, no regex
 * over the whole title.
 */
export function titleSlug(title: string): string {
  let out = '';
  let inSpaces = false;
  for (const ch of title.trim().toLowerCase()) {
    const kind = classify(ch);
    if (kind === 'space') {
      if (!inSpaces) out += '-';
      inSpaces = true;
    } else if (kind === 'keep') {
      out += ch;
      inSpaces = false;
    }
    // A dropped character leaves a run of spaces open: `a ( b` -> `a-b`.
  }
  return out;
}

/** Whether one character (a code point) is kept, is a space, or is dropped. */
function classify(ch: string): 'keep' | 'space' | 'drop' {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 95) return 'keep';
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 ? 'space' : 'drop';
  }
  if ((letterOrDigit ??= /^[\p{L}\p{N}]$/u).test(ch)) return 'keep';
  return (space ??= /^\s$/u).test(ch) ? 'space' : 'drop';
}
