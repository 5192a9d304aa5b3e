// Reads each file and runs the engine over it: the one place the CLI does per-file work.
import { analyzeCard, type CardAnalysis, type CardFormat, type Finding, type Metrics, type Severity } from '../core';
import { otherPageReason } from '../core/kind';
import { parseFrontMatter } from '../core/parseFrontMatter';
import { isUtf8 } from 'buffer';
import { MAX_CARD_BYTES, readFailure, readListedFile, readRegularFile } from '../node/read';
import { notTextReason, NotTextError } from '../node/textFile';
import { decodeCard, decodeUtf8 } from '../node/utf8';
import type { ConfigResolver } from './configPerFile';
import { escapeControl } from './terminal';
import { capYoungGeneration } from './v8Tuning';
import type { InputFile } from './walk';

export interface CardReport {
  path: string;
  abs: string;
  /** `page`: a derived page of a leaderboard repository (only repository rules are run on it). */
  format: CardFormat | 'page';
  metrics: Metrics;
  findings: Finding[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  /** Files with at least one finding. */
  filesWithFindings: number;
}

export interface CheckResult {
  reports: CardReport[];
  /** Files named explicitly that were not checked, each with why (`space.md: not checked: …`), in file order. */
  notCards: string[];
  /** Files that could not be read: the others are still reported, the exit code is 2. */
  ioErrors: string[];
  /** Broken config files: nothing is reported, the exit code is 2. */
  configErrors: string[];
}

/**
 * Reads a card as text, as an editor shows it: a leading BOM dropped (positions are counted without it).
 * Regular files of at most 10 MB only: a FIFO, a device or a huge file is an error (see node/read.ts),
 * never a hang. A file named explicitly must be UTF-8 text (else one clear error); in a walked folder a
 * binary file is skipped (null) and stray bytes that are not UTF-8 read as U+FFFD.
 */
export function readCardText(abs: string): { text: string; bom: boolean };
export function readCardText(abs: string, explicit: boolean): { text: string; bom: boolean } | null;
export function readCardText(abs: string, explicit = true): { text: string; bom: boolean } | null {
  // A walked file was listed as a regular file: read without a stat (see readListedFile).
  if (!explicit) return readListedFile(abs, MAX_CARD_BYTES, (bytes) => cardText(bytes, false));
  return cardText(readRegularFile(abs, MAX_CARD_BYTES), true);
}

function cardText(bytes: Buffer, explicit: boolean): { text: string; bom: boolean } | null {
  // Most cards are UTF-8 without a NUL byte: decoded at once (UTF-16 holds NUL bytes, or its BOM is not UTF-8).
  if (bytes.indexOf(0) < 0 && isUtf8(bytes)) return decodeUtf8(bytes);
  const reason = notTextReason(bytes);
  if (reason !== null) {
    if (explicit) throw new NotTextError(reason);
    if (reason !== 'not UTF-8 text') return null;
  }
  const { text, bom } = decodeCard(bytes, false);
  return { text, bom };
}

/**
 * Reads and analyses every file in order with its config (what check and export share): `visit` gets each
 * analysis, cards and not; a walked binary file is skipped. Returns the files that could not be read and
 * the broken configs, each named once however many files are under it.
 */
export function analyzeFiles(files: readonly InputFile[], configs: ConfigResolver, visit: (file: InputFile, analysis: CardAnalysis) => void): { ioErrors: string[]; configErrors: string[] } {
  const ioErrors: string[] = [];
  const configErrors = new Set<string>();
  for (const file of files) {
    const lookup = configs.forFile(file.abs);
    if (!lookup.ok) {
      configErrors.add(lookup.error);
      continue;
    }
    let text: string;
    try {
      const read = readCardText(file.abs, file.explicit);
      if (read === null) continue;
      text = read.text;
    } catch (e) {
      ioErrors.push(`${escapeControl(file.display)}: cannot be read (${readFailure(e)})`);
      continue;
    }
    visit(file, analyzeCard(text, { config: lookup.config, assumeCard: file.explicit }));
    capYoungGeneration();
  }
  return { ioErrors, configErrors: [...configErrors] };
}

/** Checks every file; walked files that are not cards by content are left out. `handOver` gets every file's analysis, cards and pages (by absolute path), so the repository index reads nothing again. */
export function checkFiles(files: readonly InputFile[], configs: ConfigResolver, handOver?: (abs: string, analysis: CardAnalysis) => void): CheckResult {
  const reports: CardReport[] = [];
  const notCards: string[] = [];
  const { ioErrors, configErrors } = analyzeFiles(files, configs, (file, analysis) => {
    handOver?.(file.abs, analysis);
    if (!analysis.isCard || analysis.format === null) {
      const why = file.explicit ? notCardReason(analysis) : null;
      if (why !== null) notCards.push(`${escapeControl(file.display)}: not checked: ${why}`);
      return;
    }
    reports.push({ path: file.display, abs: file.abs, format: analysis.format, metrics: analysis.metrics, findings: analysis.findings });
  });
  return { reports, notCards, ioErrors, configErrors };
}

/** Why a file named explicitly is no card (its front matter is a Space's, a dataset card's or a site page's), or null. */
export function notCardReason(analysis: CardAnalysis): string | null {
  const fm = parseFrontMatter(analysis.index);
  const reason = fm ? otherPageReason(fm, analysis.index) : null;
  return reason === null ? null : `its front matter is that of ${reason}, not a model card`;
}

/** Keeps only error-severity findings (--quiet). */
export function onlyErrors(reports: readonly CardReport[]): CardReport[] {
  return reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
}

/** Counts findings by severity. */
export function summarize(reports: readonly CardReport[]): Summary {
  const count: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let filesWithFindings = 0;
  for (const r of reports) {
    if (r.findings.length > 0) filesWithFindings++;
    for (const f of r.findings) count[f.severity]++;
  }
  return { files: reports.length, errors: count.error, warnings: count.warning, information: count.information, hints: count.hint, filesWithFindings };
}
