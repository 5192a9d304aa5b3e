// The cards of the test workspace: written by the runners, known to the suite.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cardText } from '../../client/src/template';

/** A complete card with P and T known, so ALScore, ratio and hints are all computed. */
function card(overrides: { alScore?: string; access?: string } = {}): string {
  return cardText({ modelName: 'Test 78B', organization: 'Test Lab', orgSlug: 'test-lab', today: '2025-03-07' })
    .replace('**Access:** ❓ Unknown', `**Access:** ${overrides.access ?? '🟢 Public'}`)
    .replace('- **Type:** -', '- **Type:** Dense')
    .replace('- **Parameters:** -B', '- **Parameters:** 78.0B')
    .replace('- **Training Tokens:** -B', '- **Training Tokens:** 18120.0B')
    .replace('- **Token:Param Ratio:** - -', '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal')
    .replace('- **ALScore:** -', `- **ALScore:** ${overrides.alScore ?? '4.0 (Mid-tier)'}`);
}

/** File name (relative to the workspace folder) -> content. */
export const WORKSPACE_CARDS: Record<string, string> = {
  // alscore-mismatch (4.1 should be 4.0) and invalid-value (Access "Open").
  'models/test-lab/broken.md': card({ alScore: '4.1 (Mid-tier)', access: 'Open' }),
  'models/test-lab/fixable.md': card({ alScore: '4.1 (Mid-tier)' }),
  'models/test-lab/clean.md': card(),
  // Starts broken; the snippet test replaces its content with the template.
  'models/test-lab/snippet.md': card({ access: 'Open' }),
  'README.md': '# Not a card\n\nJust Markdown.\n',
  // A lab page: with models/ it makes the workspace a leaderboard repository for New Card.
  'labs/test-lab.md': '# Test Lab\n\n**Total Models:** 0\n**Public Models:** 0\n',
  // The cards share one title and the template links a lab page by placeholder: the suite tests card
  // rules, so the rules across files (tested in the e2e and over stdio) stay quiet on them.
  '.modelcardrc.json': `${JSON.stringify({ overrides: [{ files: ['models/test-lab/*.md'], rules: { 'file-name-mismatch': 'off', 'broken-link': 'off', 'organization-folder-mismatch': 'off' } }] }, null, 2)}\n`,
};

export const BROKEN = 'models/test-lab/broken.md';
export const FIXABLE = 'models/test-lab/fixable.md';
export const CLEAN = 'models/test-lab/clean.md';
export const SNIPPET = 'models/test-lab/snippet.md';

/** A fresh folder of the cards above, so every run starts from the same files. */
export function writeWorkspace(): string {
  const folder = mkdtempSync(join(tmpdir(), 'modelcard-vscode-'));
  for (const [name, text] of Object.entries(WORKSPACE_CARDS)) {
    const file = join(folder, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return folder;
}
