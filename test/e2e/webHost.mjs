// The web extension end to end: the same packaged .vsix in code-server's web worker extension host.
// code-server runs an extension there when its kind is `web` (the user setting `remote.extensionKind`),
// so the browser entry (dist/browserClient.js) runs in the page and starts dist/browserServer.js as a
// nested Web Worker, as in vscode.dev. Called by run.mjs after the desktop checks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inlayHints, openFile, openWorkbench, problemSummary, problems, runCommand, startCodeServer, waitForText, webviewFrame } from './codeserver.mjs';

const EXTENSION_ID = 'model-card-studio.model-card-studio';
const BROKEN = 'cards/osprey-70b-broken.md';
const ALSCORE_HINT = '= √(70 × 15000) ÷ 300 = 3.42';
/** Read through the web worker's file requests (vscode.workspace.fs): turns the card's third error off. */
const RC = { rules: { 'invalid-value': 'off' } };

/** Processes whose command line holds `text` (from /proc). */
function processesWith(text) {
  return fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).flatMap((pid) => {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      return cmd.includes(text) ? [`${pid}: ${cmd.trim()}`] : [];
    } catch {
      return []; // gone meanwhile
    }
  });
}

/**
 * Runs the web extension host checks with run.mjs's step runner: `use` tells run.mjs the current server and
 * page (for failure reports and the final stop).
 */
export async function webExtensionHost({ vsix, fixtures, browser, settings, setup, check, until, use }) {
  const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mcs-e2e-web-')), 'model-cards');
  try {
    fs.cpSync(fixtures, workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, '.modelcardrc.json'), JSON.stringify(RC));
    const server = await setup('web: start code-server with the extension kind set to web', () =>
      startCodeServer({ vsixPath: vsix, workspaceDir: workspace, settings: { ...settings, 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } }),
    );
    use({ server });
    const page = await setup('web: open the workbench', () => openWorkbench(browser, server.url, workspace));
    use({ page });

    await setup('web: the card gets its diagnostics from the server in the web worker', async () => {
      await openFile(page, BROKEN);
      // Two errors, not three: the .modelcardrc.json was read through vscode.workspace.fs.
      await until(async () => /Errors?: 2\b/.test((await problemSummary(page)) ?? ''), async () => `2 errors in the status bar (it says "${await problemSummary(page)}")`, 120_000);
    });

    await check('web: no Node language server runs: the diagnostics came from the worker', async () => {
      const node = processesWith(path.join(server.extensionsDir, `${EXTENSION_ID}-`)).filter((p) => p.includes('server.js'));
      if (node.length) throw new Error(`a Node language server runs for the web run:\n${node.join('\n')}`);
    });

    await check('web: Problems lists alscore-mismatch and ratio-mismatch, invalid-value is off by .modelcardrc.json', async () => {
      const rows = await until(async () => {
        const r = await problems(page);
        return r.some((l) => /ALScore 5\.0 does not follow/.test(l ?? '')) ? r : null;
      }, 'the alscore-mismatch row in the Problems panel');
      if (!rows.some((l) => /Token:Param ratio 200:1 does not follow/.test(l ?? ''))) throw new Error(`no ratio-mismatch row: ${JSON.stringify(rows)}`);
      if (rows.some((l) => /is not a valid date/.test(l ?? ''))) throw new Error(`invalid-value is shown though .modelcardrc.json turns it off: ${JSON.stringify(rows)}`);
    });

    await check('web: the inlay hint shows the computed ALScore', async () => {
      await until(async () => (await inlayHints(page)).includes(ALSCORE_HINT), async () => `inlay hint "${ALSCORE_HINT}"; hints shown: ${JSON.stringify(await inlayHints(page))}`);
    });

    await check('web: the metrics preview opens (its nonce from Web Crypto) and shows the ALScore and tier', async () => {
      await openFile(page, 'cards/heron-8b.md');
      await runCommand(page, 'Model Card: Open Metrics Preview');
      const shown = async () => {
        const frame = await webviewFrame(page, { timeout: 10_000 });
        return frame.evaluate(() => ['model-name', 'alscore', 'tier'].map((id) => document.getElementById(id)?.textContent ?? null));
      };
      await until(async () => JSON.stringify(await shown()) === JSON.stringify(['Heron 8B', '1.2', 'Mid-tier']), async () => `the preview to show Heron 8B, 1.2, Mid-tier; it shows ${JSON.stringify(await shown().catch(() => null))}`);
    });

    await check('web: Check Workspace finds the cards through the editor\'s file search and reads them through the worker\'s requests', async () => {
      const markdown = fs.readdirSync(path.join(workspace, 'cards')).filter((f) => f.endsWith('.md')).length;
      await runCommand(page, 'Model Card: Check Workspace');
      // The fixtures: four Markdown files, three of them cards (new-card.md is empty).
      await waitForText(page, `Checked ${markdown} Markdown files: 3 cards`, 60_000);
    });

    await check('web: Restart Server starts a new worker and the card\'s findings come back', async () => {
      await runCommand(page, 'Model Card: Restart Server');
      await waitForText(page, 'Model Card server restarted', 60_000);
      await until(async () => (await problems(page)).some((l) => /ALScore 5\.0 does not follow/.test(l ?? '')), 'the alscore-mismatch row after the restart');
    });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}
