import { wantedCardPath } from '../repository/files';
import { basename } from '../repository/paths';
import { defineRule } from './types';

export default defineRule({
  id: 'file-name-mismatch',
  severity: 'warning',
  description: "The card's file name is not its title's slug.",
  fixable: 'fix',
  scope: 'repository',
  docs: {
    summary:
      "In a leaderboard repository a card is `models/<lab>/<slug>.md`, where `<slug>` is its title lower-cased, every character other than a letter (Unicode included), digit, `-`, `_` or space dropped, and each run of spaces one `-` (`Rubik's AI` → `rubiks-ai`, `ETH Zürich` → `eth-zürich`). Reported at the title. The fix renames the file and rewrites every relative link to it in the repository (`modelcard fix`; in the editor, a rename in one workspace edit); it is not offered when a file of that name exists already.",
    example: { lang: 'markdown', text: '<!-- models/acme/heron.md -->\n# Heron 8B' },
    message: 'the file name heron.md is not the title\'s slug: rename it to heron-8b.md',
    fixText: 'rename, links rewritten',
  },
  check(ctx) {
    const card = ctx.file.card;
    if (!card) return;
    const wanted = wantedCardPath(card);
    if (wanted === null) return;
    const range = card.titleRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const message = `the file name ${basename(card.path)} is not the title's slug: rename it to ${basename(wanted)}`;
    const taken = ctx.repo.file(wanted) !== undefined || ctx.repo.exists({ path: wanted, above: 0 }) !== undefined;
    if (taken) ctx.report(range, `${message} (a file of that name exists already)`);
    else ctx.report(range, message, { fix: { title: `Rename to ${basename(wanted)}`, edits: [], rename: { from: card.path, to: wanted } } });
  },
});
