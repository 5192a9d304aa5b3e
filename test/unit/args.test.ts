// The command line on util.parseArgs: every option, and the messages of every mistake.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { parseArgs, UsageError, type CheckArgs } from '../../server/src/cli/args';

const usage = (argv: string[]): string => {
  try {
    parseArgs(argv);
  } catch (e) {
    assert.ok(e instanceof UsageError, String(e));
    return e.message;
  }
  assert.fail(`${argv.join(' ')} should be a usage error`);
};
const check = (argv: string[]): CheckArgs => {
  const a = parseArgs(argv);
  assert.ok(a.command === 'check' || a.command === 'fix');
  return a;
};

void describe('modelcard arguments', () => {
  void it('keeps the defaults and every option of check', () => {
    assert.deepEqual(check(['check']), { command: 'check', paths: ['.'], format: 'text', config: null, quiet: false, maxWarnings: null, jobs: null, stdin: false, stdinFilename: null, ignore: [], errorOnNoCards: false });
    const a = check(['check', 'models', '-f', 'github', '--config=rc.json', '-q', '--max-warnings', '0', '-j', '2', '--ignore', 'drafts/**', '--ignore=*.tmp.md', '--error-on-no-cards', 'b.md']);
    assert.deepEqual(a.paths, ['models', 'b.md']);
    assert.equal(a.format, 'github');
    assert.equal(a.config, 'rc.json');
    assert.equal(a.quiet, true);
    assert.equal(a.maxWarnings, 0);
    assert.equal(a.jobs, 2);
    assert.deepEqual(a.ignore, ['drafts/**', '*.tmp.md']);
    assert.equal(a.errorOnNoCards, true);
    assert.deepEqual(check(['check', '-qf', 'json']).format, 'json');
    assert.deepEqual(check(['fix', '--', '-odd-name.md']).paths, ['-odd-name.md']);
  });

  void it('reads --stdin and --stdin-filename, and refuses paths beside --stdin', () => {
    const a = check(['check', '--stdin', '--stdin-filename', 'models/x.md']);
    assert.equal(a.stdin, true);
    assert.equal(a.stdinFilename, 'models/x.md');
    assert.match(usage(['check', '--stdin', 'a.md']), /give no paths/);
    assert.match(usage(['check', '--stdin-filename', 'x.md']), /--stdin-filename needs --stdin/);
  });

  void it('names an unknown option, with the nearest known one', () => {
    assert.equal(usage(['check', '--colour']), 'unknown option --colour');
    assert.equal(usage(['check', '--quite']), 'unknown option --quite (did you mean --quiet?)');
    assert.equal(usage(['check', '--ignores', 'x']), 'unknown option --ignores (did you mean --ignore?)');
    assert.equal(usage(['check', '-x']), 'unknown option -x');
  });

  void it('says which option needs a value and which takes none', () => {
    assert.equal(usage(['check', '--config']), 'option --config needs a value');
    assert.equal(usage(['check', '--format', '--quiet']), 'option --format needs a value');
    assert.equal(usage(['check', '--quiet=yes']), 'option --quiet takes no value');
    assert.match(usage(['check', '--max-warnings', 'many']), /--max-warnings needs a whole number, not "many"/);
    assert.match(usage(['check', '--jobs', '0']), /--jobs needs a whole number of at least 1/);
    assert.match(usage(['check', '--format', 'xml']), /unknown format "xml": use text, json, sarif or github/);
  });

  void it('checks which options go with which command', () => {
    assert.deepEqual(parseArgs(['metrics', 'a.md', '-f', 'json']), { command: 'metrics', file: 'a.md', format: 'json', config: null });
    assert.match(usage(['metrics', 'a.md', '--ignore', 'x']), /--ignore applies to check and fix only/);
    assert.match(usage(['metrics', 'a.md', '--format', 'github']), /for metrics: use text or json/);
    assert.deepEqual(parseArgs(['init']), { command: 'init', dir: '.', force: false });
    assert.deepEqual(parseArgs(['init', 'repo', '--force']), { command: 'init', dir: 'repo', force: true });
    assert.match(usage(['init', '--format', 'json']), /init takes no --format/);
    assert.match(usage(['check', '--force']), /--force applies to init only/);
    assert.match(usage(['lint']), /unknown command "lint": use check, fix, metrics, init or export/);
    assert.match(usage([]), /missing command/);
    assert.deepEqual(parseArgs(['check', '--help']), { command: 'help' });
    assert.deepEqual(parseArgs(['-v']), { command: 'version' });
  });
});
