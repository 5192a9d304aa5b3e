// Writing a bench's results into bench/README.md: its `## …` section replaced (up to the next `## `), or
// added at the end when the file has none yet.
import * as fs from 'fs';

/** Replaces the section starting with the line `heading` (e.g. `## Language server`) by `section`, which starts with that line. */
export function replaceReadmeSection(file: string, heading: string, section: string): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`${heading}\n`);
  let next: string;
  if (start < 0) next = `${text.trimEnd()}\n\n${section}`;
  else {
    const rest = text.slice(start + heading.length);
    const end = rest.search(/^## /m);
    next = text.slice(0, start) + section + (end < 0 ? '' : `\n${rest.slice(end)}`);
  }
  fs.writeFileSync(file, next);
}
