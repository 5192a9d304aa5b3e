// CONTRIBUTING.md cannot drift: every path it writes in backticks exists in the repository.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths';

const TEXT = fs.readFileSync(path.join(REPO_ROOT, 'CONTRIBUTING.md'), 'utf8');
const PKG = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string>; scripts: Record<string, string> };
const PACKAGES = new Set([...Object.keys(PKG.dependencies ?? {}), ...Object.keys(PKG.devDependencies ?? {})]);
const FILE_EXT = /\.(?:ts|mts|cjs|js|mjs|json|md|sh|yml|yaml)$/;

/** The backticked words that name a file or folder: a `/` in them or a file extension, no spaces, not a package. */
function pathsIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/`([^`\n]+)`/g)) {
    const word = m[1] ?? '';
    if (/\s/.test(word) || word.startsWith('.') || word.startsWith('<') || !(word.includes('/') || FILE_EXT.test(word))) continue;
    if (PACKAGES.has(word.split('/')[0] ?? '') || PACKAGES.has(word.split('/').slice(0, 2).join('/'))) continue;
    out.add(word);
  }
  return [...out];
}

/** Whether a written path exists: `<id>` stands for any name in its folder, `*` for any run of characters. */
function exists(written: string): boolean {
  const parts = written.replace(/\/$/, '').split('/');
  const last = parts.pop() ?? '';
  const dir = path.join(REPO_ROOT, ...parts);
  if (!/[<*]/.test(last)) return fs.existsSync(path.join(dir, last));
  if (!fs.existsSync(dir)) return false;
  const pattern = new RegExp(`^${last.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]*>|\*/g, '[^/]+')}$`);
  return fs.readdirSync(dir).some((name) => pattern.test(name));
}

void describe('CONTRIBUTING.md', () => {
  const paths = pathsIn(TEXT);

  void it('names paths (the check below has something to check)', () => {
    assert.ok(paths.length >= 20, paths.join(', '));
    assert.ok(paths.includes('server/src/core/rules/registry.ts'));
    assert.ok(!paths.includes('vscode-languageserver/node'), 'a package entry is not a repository path');
  });

  void it('every path in backticks exists', () => {
    assert.deepEqual(paths.filter((p) => !exists(p)), []);
  });

  void it('every npm script it names exists', () => {
    const named = [...TEXT.matchAll(/`npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
    assert.ok(named.length >= 5);
    assert.deepEqual(named.filter((s) => !(s in PKG.scripts)), []);
  });

  void it('the check fails on a path that is not there', () => {
    assert.deepEqual(pathsIn('see `server/src/lsp/protocol.ts` and `npm test`').filter((p) => !exists(p)), ['server/src/lsp/protocol.ts']);
  });
});
