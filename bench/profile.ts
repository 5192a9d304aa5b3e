// Where the CLI's time goes: one `node --cpu-prof` run, summarised as self and inclusive time per function.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  self: [string, number][];
  inclusive: [string, number][];
}

/** Profiles `node <args>` at 100 µs sampling and returns the top functions. */
export function profileCommand(args: string[], cwd: string, top = 15): ProfileSummary {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-prof-'));
  try {
    spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, ...args], { cwd, stdio: 'ignore' });
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no profile written');
    return summarize(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile, top);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function summarize(p: Profile, top: number): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url) || ''}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    const seen = new Set<string>();
    for (let cur: number | undefined = id, first = true; cur !== undefined; cur = parent.get(cur), first = false) {
      const node = byId.get(cur);
      if (!node) break;
      const key = label(node);
      if (first) self.set(key, (self.get(key) ?? 0) + dt);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt); // recursion counted once
      seen.add(key);
    }
  });
  const best = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: total, self: best(self), inclusive: best(inclusive) };
}
