// `modelcard export`: the cards of a folder as RFC 4180 CSV or a JSON array, on stdout or in --output.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';
import { csvField, EXPORT_COLUMNS, toCsv } from '../../server/src/cli/exportTable';
import { EXPORT_FORMATS } from '../../server/src/cli/export';
import { REPO_ROOT } from '../helpers/paths';
import { fixture } from './helpers/cards';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const SEED = fixture('seed.md');
// A card whose name and lab a spreadsheet would read as formulas, with a comma and a quote in them.
const HOSTILE = SEED.replace('# Seedling 78B', '# =HYPERLINK("http://x.example","a, b")').replace('[Seed Labs]', '[@Lab, "Q"]');
const FRONT = '---\nmodel_name: Wren 1.5B\norganization: Example Labs\nreleased: 2024-09\naccess: private\nparameters: 1.5B\ntraining_tokens: 3T\n---\n# Wren 1.5B\n';

let dir = '';
const write = (rel: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};

/** Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-export-'));
  write('repo/models/seed.md', SEED);
  write('repo/models/wren.md', FRONT);
  write('repo/models/hostile.md', HOSTILE);
  write('repo/README.md', '# Leaderboard\n\nNot a card.\n');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

void describe('modelcard export', () => {
  void it('writes a header and one CSV record per card (walked like check), numbers plain, unknowns empty', async () => {
    const r = await run(['export', 'repo', '--format', 'csv'], dir);
    assert.equal(r.code, 0, r.stderr.join('\n'));
    assert.ok(r.stdout.endsWith('\r\n'));
    const records = parseCsv(r.stdout);
    assert.deepEqual(records[0], EXPORT_COLUMNS.map((c) => c.csv));
    assert.equal(records.length, 4, 'a header and three cards; README.md is not a card');
    const byPath = new Map(records.slice(1).map((rec) => [rec[0], rec]));
    assert.deepEqual(byPath.get('repo/models/seed.md'), ['repo/models/seed.md', 'Seedling 78B', 'Seed Labs', 'leaderboard', '78', '18120', '4', 'Mid-tier', '233', 'Dec/2024', 'public', '86.1', '49', '', '0', '0']);
    assert.deepEqual(byPath.get('repo/models/wren.md')?.slice(1, 11), ['Wren 1.5B', 'Example Labs', 'frontmatter', '1.5', '3000', '0.2', 'Lightweight', '2000', '2024-09', 'private']);
  });

  void it('quotes fields with commas and quotes, and guards text that a spreadsheet would run as a formula', async () => {
    const r = await run(['export', 'repo/models/hostile.md'], dir);
    const line = r.stdout.split('\r\n')[1] ?? '';
    assert.ok(line.includes(`"'=HYPERLINK(""http://x.example"",""a, b"")"`), line);
    assert.ok(line.includes(`"'@Lab, ""Q"""`), line);
    const [, record] = parseCsv(r.stdout);
    assert.equal(record?.[1], `'=HYPERLINK("http://x.example","a, b")`);
    assert.equal(record?.[2], `'@Lab, "Q"`);
  });

  void it('guards only text cells: numbers (even negative ones) are written as numbers', () => {
    assert.equal(csvField({ kind: 'text', value: '-5' }), "'-5");
    assert.equal(csvField({ kind: 'text', value: '+1' }), "'+1");
    assert.equal(csvField({ kind: 'number', value: -5 }), '-5');
    assert.equal(csvField({ kind: 'text', value: 'plain' }), 'plain');
    assert.equal(csvField({ kind: 'text', value: 'two\nlines' }), '"two\nlines"');
    assert.equal(csvField({ kind: 'text', value: null }), '');
    assert.equal(toCsv([]), `${EXPORT_COLUMNS.map((c) => c.csv).join(',')}\r\n`);
  });

  void it('gives a JSON array with exact values and null for unknowns', async () => {
    const r = await run(['export', 'repo', '-f', 'json'], dir);
    assert.equal(r.code, 0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.equal(rows.length, 3);
    const seed = rows.find((x) => x.path === 'repo/models/seed.md');
    assert.deepEqual(seed, { path: 'repo/models/seed.md', name: 'Seedling 78B', lab: 'Seed Labs', format: 'leaderboard', parametersB: 78, trainingTokensB: 18120, alScore: 4, tier: 'Mid-tier', ratio: 233, released: 'Dec/2024', access: 'public', mmlu: 86.1, gpqa: 49, hle: null, errors: 0, warnings: 0 });
    assert.equal(rows.find((x) => x.path === 'repo/models/hostile.md')?.name, '=HYPERLINK("http://x.example","a, b")');
  });

  void it('writes --output atomically, replacing an older file, and prints nothing on stdout', () => {
    assert.ok(fs.existsSync(CLI), 'run npm run build first');
    const out = path.join(dir, 'table.csv');
    fs.writeFileSync(out, 'old');
    const r = spawnSync(process.execPath, [CLI, 'export', 'repo', '--output', 'table.csv'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /wrote 3 cards to table\.csv/);
    assert.equal(parseCsv(fs.readFileSync(out, 'utf8')).length, 4);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
  });

  void it('exits 2 on an unknown format, an --output that is a folder, or a missing path', async () => {
    const unknown = await run(['export', '--format', 'xlsx'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr.join('\n'), /unknown format "xlsx" for export: use csv, json/);
    const folder = await run(['export', 'repo', '--output', 'repo'], dir);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr.join('\n'), /repo: cannot be written/);
    const missing = await run(['export', 'nowhere'], dir);
    assert.equal(missing.code, 2);
    assert.equal(parseCsv(missing.stdout).length, 1, 'the header only');
    assert.equal((await run(['check', '--output', 'x.csv'], dir)).code, 2);
  });

  void it('keeps the formats in a registry that names each one', () => {
    assert.deepEqual([...EXPORT_FORMATS.keys()].slice(0, 2), ['csv', 'json']);
    for (const f of EXPORT_FORMATS.values()) assert.ok(f.description.length > 0);
  });
});
