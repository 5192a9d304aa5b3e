// Engine throughput: analyzeCard over a generated corpus, in process (no I/O).
import { analyzeCard } from '../server/src/core';
import { median } from './cli';
import { generateCorpus } from './corpus';

export interface EngineResult {
  cards: number;
  totalMs: number;
  cardsPerSecond: number;
  medianMs: number;
  p99Ms: number;
  /** Cards with at least one error (the planted mistakes). */
  withErrors: number;
  avgBytes: number;
}

/** Analyzes `n` generated cards once (after a warm-up pass over the first 500). */
export function benchEngine(n: number, seed = 7): EngineResult {
  const cards = generateCorpus(n, seed);
  for (const c of cards.slice(0, 500)) analyzeCard(c.text);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const per: number[] = [];
  let withErrors = 0;
  const start = process.hrtime.bigint();
  for (const c of cards) {
    const t0 = process.hrtime.bigint();
    const a = analyzeCard(c.text);
    per.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (a.findings.some((f) => f.severity === 'error')) withErrors++;
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  const sorted = [...per].sort((a, b) => a - b);
  return {
    cards: n,
    totalMs,
    cardsPerSecond: (n / totalMs) * 1000,
    medianMs: median(per),
    p99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    withErrors,
    avgBytes: cards.reduce((s, c) => s + Buffer.byteLength(c.text), 0) / n,
  };
}
