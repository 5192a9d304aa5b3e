// One glob semantics (picomatch) for CLI arguments, --ignore, config overrides and modelCard.files.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { matchesAny } from '../../server/src/lsp/glob';
import { checkGlob, compileGlob, compileGlobList, globBase, GlobError, isGlob, normalizeGlob } from '../../server/src/node/globs';

void describe('globs', () => {
  void it('fixes what the hand-written conversion got wrong: negation, dotfiles, a folder and its contents', () => {
    assert.equal(matchesAny('models/drafts/a.md', ['models/**', '!models/drafts/**']), false, 'negation excludes');
    assert.equal(matchesAny('models/a.md', ['models/**', '!models/drafts/**']), true);
    assert.equal(matchesAny('a.md', ['!drafts/**']), true, 'only negations: everything else');
    assert.equal(matchesAny('models/.draft.md', ['models/**']), false, 'dotfiles need a dot in the pattern');
    assert.equal(matchesAny('models/.draft.md', ['models/.*.md']), true);
    assert.equal(compileGlob('models/**')('models'), true, '`models/**` matches models itself');
    assert.equal(matchesAny('models\\a.md'.replace(/\\/g, '/'), ['./models/*.md']), true);
    assert.equal(matchesAny('cards/x.md', ['{models,cards}/*.{md,markdown}']), true);
  });

  void it('leaves out a bad glob and keeps the others', () => {
    const bad = '*a'.repeat(25) + 'b';
    assert.equal(matchesAny('models/a.md', [bad, 'models/*.md']), true);
    assert.equal(matchesAny('models/a.md', [bad]), false);
  });

  void it('matches a pathological glob of `**/` repeated 1000 times at once', () => {
    const start = Date.now();
    const m = compileGlob('**/'.repeat(1000) + 'x.md');
    assert.equal(m(`${'a/'.repeat(200)}x.md`), true);
    assert.equal(m(`${'a/'.repeat(200)}x.mdz`), false);
    assert.ok(Date.now() - start < 1000, `took ${Date.now() - start} ms`);
    assert.equal(normalizeGlob('**/**/**/a/**/**'), '**/a/**');
    assert.equal(normalizeGlob('models\\**\\*.md', true), 'models/**/*.md', 'Windows separators');
    assert.equal(normalizeGlob('models\\[x].md', false), 'models\\[x].md', 'elsewhere a backslash escapes');
  });

  void it('refuses globs whose matching could take exponential time, quickly', () => {
    const start = Date.now();
    assert.throws(() => compileGlob('*a'.repeat(25) + 'b'), GlobError);
    assert.throws(() => checkGlob('**/a/'.repeat(6) + 'b'), /too complex/);
    assert.throws(() => checkGlob('{a,aa}'.repeat(20)), /brace groups/);
    assert.throws(() => checkGlob('x'.repeat(5000)), /longer than/);
    assert.ok(Date.now() - start < 200);
    for (const fine of ['models/**/*.md', '**/*.draft.*.md', '{models,cards}/**/*.{md,markdown}', 'a/\\*\\*\\*\\*\\*.md']) assert.doesNotThrow(() => checkGlob(fine), fine);
  });

  void it('lists: any positive and no negative; basename matching for --ignore', () => {
    const m = compileGlobList(['models/**', 'cards/*.md', '!**/*.draft.md']);
    assert.deepEqual(['models/a/b.md', 'cards/c.md', 'cards/d/e.md', 'models/x.draft.md', 'other.md'].map(m), [true, true, false, false, false]);
    assert.equal(compileGlob('*.draft.md', { basename: true })('models/x/y.draft.md'), true);
    assert.equal(compileGlob('*.draft.md')('models/x/y.draft.md'), false);
    assert.equal(compileGlob('models/warn/**', { basename: true })('models/warn/w.md'), true, 'a pattern with a slash is matched whole');
  });

  void it('tells a glob from a path and finds its base folder', () => {
    assert.equal(isGlob('models/**/*.md'), true);
    assert.equal(isGlob('models/a.md'), false);
    assert.equal(isGlob('models/[draft].md'), true);
    assert.equal(globBase('models/**/*.md'), 'models');
    assert.equal(globBase('*.md'), '.');
    assert.equal(globBase('./cards/x/*.md'), 'cards/x');
  });
});
