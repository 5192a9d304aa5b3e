// The CLI inside a leaderboard repository: the repository rules added to `check`, their certain fixes in
// `fix` (cell rewrites, renames with link rewrites), and `modelcard tables --check | --write`.
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, computeMetrics, DEFAULT_CONFIG, type TextEdit } from '../core';
import { renameEdits, staleTables, type RepositoryIndex } from '../core/repository';
import { readFailure, readRegularFile } from '../node/read';
import { findRepositoryRootSync, loadRepositorySync, repositoryPath, startRepositorySync, type RepositoryLoader } from '../node/repository';
import { decodeCard, encodeCard, looksBinary } from '../node/utf8';
import { replaceFile } from '../node/write';
import type { IgnoreRules } from '../node/ignore';
import type { TablesArgs } from './args';
import type { CardReport } from './check';
import type { ConfigResolver } from './configPerFile';
import { EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE, type Outcome } from './outcome';
import { escapeControl } from './terminal';
import type { InputFile } from './walk';

export interface LoadedRepository {
  root: string;
  index: RepositoryIndex;
}

/** The root of the repository the given paths are in (the first path that is in one), or null outside one. */
function repositoryRootOf(paths: readonly string[], cwd: string): string | null {
  for (const p of paths) {
    const root = findRepositoryRootSync(path.resolve(cwd, p));
    if (root) return root;
  }
  return null;
}

/** The repository the given paths are in, loaded; null outside one. */
export function repositoryOf(paths: readonly string[], cwd: string, ignore: IgnoreRules): LoadedRepository | null {
  const root = repositoryRootOf(paths, cwd);
  if (root === null) return null;
  const loaded = loadRepositorySync(root, { ignore });
  return { root: loaded.root, index: loaded.index };
}

/** The repository the given paths are in, to be loaded while they are checked (see RepositoryLoader); null outside one. */
export function startRepositoryOf(paths: readonly string[], cwd: string, ignore: IgnoreRules): RepositoryLoader | null {
  const root = repositoryRootOf(paths, cwd);
  // The check needs only the repository rules' findings: the index keeps no card analyses.
  return root === null ? null : startRepositorySync(root, { ignore, keepAnalyses: false });
}

const NO_METRICS = computeMetrics(null, null, DEFAULT_CONFIG);

/** Adds each checked file's repository findings: to its card report, or as a page report when it is no card. */
export function addRepositoryFindings(reports: CardReport[], files: readonly InputFile[], repo: LoadedRepository, configs: ConfigResolver): CardReport[] {
  const byAbs = new Map(reports.map((r) => [r.abs, r]));
  const out: CardReport[] = [];
  for (const file of files) {
    const rel = repositoryPath(repo.root, file.abs);
    const report = byAbs.get(file.abs);
    const lookup = configs.forFile(file.abs);
    const found = rel !== null && lookup.ok ? repo.index.findings(rel, lookup.config) : [];
    // A page made from the cards (a table of them) is never checked as a card, even when named explicitly.
    if (report && rel !== null && repo.index.isDerivedPage(rel)) {
      if (found.length > 0) out.push({ ...report, format: 'page', metrics: NO_METRICS, findings: found });
    } else if (report) {
      if (found.length > 0) report.findings = [...report.findings, ...found].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      out.push(report);
    } else if (found.length > 0) out.push({ path: file.display, abs: file.abs, format: 'page', metrics: NO_METRICS, findings: found });
  }
  return out;
}

/** Tells the index the text a fix just wrote, rather than loading the whole repository again. */
export function refreshFiles(repo: LoadedRepository, written: readonly { abs: string; text: string }[]): void {
  for (const { abs, text } of written) {
    const rel = repositoryPath(repo.root, abs);
    if (rel !== null) repo.index.update(rel, text);
  }
}

/** Whether a file is a page made from the cards (a table of them): the card rules and their fixes skip it. */
export function isDerivedFile(repo: LoadedRepository, abs: string): boolean {
  const rel = repositoryPath(repo.root, abs);
  return rel !== null && repo.index.isDerivedPage(rel);
}

/** Applies the certain repository fixes to the files given: cell rewrites and link fixes, then renames with their link rewrites. */
export function fixRepository(repo: LoadedRepository, files: readonly InputFile[], configs: ConfigResolver, inside: (real: string) => boolean): { fixed: string[]; ioErrors: string[] } {
  const fixed: string[] = [];
  const ioErrors: string[] = [];
  const edits = new Map<string, TextEdit[]>();
  const add = (rel: string, list: readonly TextEdit[]): void => {
    const have = edits.get(rel);
    if (have) have.push(...list);
    else edits.set(rel, [...list]);
  };
  const renames: { from: string; to: string }[] = [];
  const given = new Set<string>();
  for (const file of files) {
    const rel = repositoryPath(repo.root, file.abs);
    const lookup = configs.forFile(file.abs);
    if (rel === null || !lookup.ok) continue;
    given.add(rel);
    for (const f of repo.index.findings(rel, lookup.config)) {
      if (!f.fix) continue;
      if (f.fix.rename) renames.push(f.fix.rename);
      else add(rel, f.fix.edits);
    }
  }
  const abs = (rel: string): string => path.join(repo.root, ...rel.split('/'));
  for (const r of renames) {
    const rewrites = renameEdits(repo.index, r.from, r.to);
    const outside = rewrites.filter((e) => !given.has(e.path) || !inside(abs(e.path)));
    if (fs.existsSync(abs(r.to))) {
      ioErrors.push(`${r.from}: not renamed: ${r.to} exists`);
      continue;
    }
    if (outside.length > 0) {
      ioErrors.push(`${r.from}: not renamed: ${outside.map((e) => e.path).join(', ')} link${outside.length === 1 ? 's' : ''} to it and ${outside.length === 1 ? 'is' : 'are'} outside the paths given`);
      continue;
    }
    try {
      fs.renameSync(abs(r.from), abs(r.to));
      fixed.push(`${r.from} → ${r.to}`);
    } catch (e) {
      ioErrors.push(`${r.from}: cannot be renamed (${readFailure(e)})`);
      continue;
    }
    for (const e of rewrites) add(e.path === r.from ? r.to : e.path, e.edits);
  }
  for (const [rel, list] of edits) {
    const r = writeEdits(abs(rel), list);
    if (r === true) fixed.push(rel);
    else if (r) ioErrors.push(`${escapeControl(rel)}: ${r}`);
  }
  return { fixed, ioErrors };
}

/** Applies edits to one file, byte-exact elsewhere (BOM and line breaks kept); true when it changed, else why not. */
function writeEdits(file: string, edits: readonly TextEdit[]): true | string | null {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file);
  } catch (e) {
    return `cannot be read (${readFailure(e)})`;
  }
  if (looksBinary(bytes)) return 'not fixed: not UTF-8 text';
  const source = decodeCard(bytes, true);
  const result = applyEdits(source.text, edits);
  if (result === source.text) return null;
  try {
    replaceFile(fs.realpathSync.native(file), encodeCard(result, source.bom));
    return true;
  } catch (e) {
    return `cannot be written (${readFailure(e)}); the file is unchanged`;
  }
}

/** `modelcard tables --check | --write [PATH]`. */
export function runTables(args: TablesArgs, cwd: string, ignore: IgnoreRules): Outcome {
  const root = findRepositoryRootSync(path.resolve(cwd, args.path));
  if (!root) return { stdout: '', stderr: [`${args.path}: not in a leaderboard repository (no folder above it holds models/ with lab folders and labs/)`], code: EXIT_TROUBLE };
  const { index } = loadRepositorySync(root, { ignore });
  const stale = staleTables(index);
  const shown = (rel: string): string => escapeControl(path.relative(cwd, path.join(root, ...rel.split('/'))).split(path.sep).join('/') || rel);
  const rows = stale.filter((s) => s.kind === 'row').length;
  const counts = stale.length - rows;
  if (args.mode === 'check') {
    const lines = stale.map((s) => `${shown(s.path)}:${s.line + 1} stale ${s.kind}: ${escapeControl(s.message)}`);
    lines.push(stale.length === 0 ? 'tables are up to date' : `${rows} stale row${rows === 1 ? '' : 's'}, ${counts} stale count${counts === 1 ? '' : 's'}: run modelcard tables --write`);
    return { stdout: lines.join('\n') + '\n', stderr: [], code: stale.length === 0 ? EXIT_OK : EXIT_ERRORS };
  }
  const byFile = new Map<string, TextEdit[]>();
  for (const s of stale) byFile.set(s.path, [...(byFile.get(s.path) ?? []), ...s.edits]);
  const errors: string[] = [];
  const written: string[] = [];
  for (const [rel, edits] of byFile) {
    const r = writeEdits(path.join(root, ...rel.split('/')), edits);
    if (r === true) written.push(`wrote ${shown(rel)}`);
    else if (r) errors.push(`${shown(rel)}: ${r}`);
  }
  written.push(`${rows} row${rows === 1 ? '' : 's'} and ${counts} count${counts === 1 ? '' : 's'} rewritten in ${written.length} file${written.length === 1 ? '' : 's'}`);
  return { stdout: written.join('\n') + '\n', stderr: errors, code: errors.length > 0 ? EXIT_TROUBLE : EXIT_OK };
}
