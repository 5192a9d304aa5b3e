// Mocha runner loaded by VS Code's extension host (--extensionTestsPath): runs every *.test.js beside it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** Printed when the run ends, so a runner that only sees the console (code-server) can tell the outcome. */
export const RESULT_MARKER = 'MODELCARD_VSCODE_SUITE_RESULT';

export function run(): Promise<void> {
  // The server's first start and the workbench's first paint are slow on CI machines.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js'))) mocha.addFile(join(__dirname, file));
  return new Promise((resolvePromise, reject) => {
    mocha.run((failures) => {
      console.log(`${RESULT_MARKER} failures=${failures}`);
      if (failures > 0) reject(new Error(`${failures} VS Code test(s) failed`));
      else resolvePromise();
    });
  });
}
