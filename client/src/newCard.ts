// New Card: asks which kind (a leaderboard card or a Hugging Face model card), then where it goes. In a
// leaderboard repository (a folder with models/ and labs/) the card goes to models/<lab>/<slug>.md with its
// lab link, and a new lab gets its page. Files are written through vscode.workspace.fs (desktop and web).
import * as vscode from 'vscode';
import { cardText, FIRST_FILL_IN, hfCardText, labPageText, planNewCard, titleSlug, todayIso } from './template';

export type CardKindChoice = 'leaderboard' | 'huggingface';

/** Arguments that let tests (and other extensions) skip the prompts of New Card. */
export interface NewCardArgs {
  kind?: CardKindChoice;
  modelName?: string;
  /** The lab: a name, or the file name of an existing `labs/*.md` without `.md`. */
  organization?: string;
  /** Where to write the card: skips the repository layout and the save dialog. */
  uri?: vscode.Uri | string;
  /** Create the lab page of a new lab without asking (true), or never (false). */
  createLabPage?: boolean;
}

const KINDS: readonly (vscode.QuickPickItem & { cardKind: CardKindChoice })[] = [
  { cardKind: 'leaderboard', label: 'Leaderboard card', detail: 'The leaderboard layout: header fields, sections, benchmarks; ALScore and ratio computed.' },
  { cardKind: 'huggingface', label: 'Hugging Face model card', detail: "A model repository's README.md: Hub metadata (license, pipeline_tag, library_name, …) and the usual sections." },
];
const NEW_LAB = '$(add) New lab…';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Asks for one name; undefined when the person cancels. */
function askName(title: string, prompt: string, placeHolder: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (value) => {
      if (!value.trim()) return `${prompt} cannot be empty`;
      if (!titleSlug(value)) return 'Use at least one letter or digit, so the card gets a file name';
      return null;
    },
  });
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The workspace folder of the active editor, else the first. */
function currentFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** The folder when it is a leaderboard repository (spec §5: models/ and labs/), else undefined. */
async function leaderboardRepository(): Promise<vscode.Uri | undefined> {
  const folder = currentFolder();
  if (!folder) return undefined;
  const [models, labs] = await Promise.all([isDirectory(vscode.Uri.joinPath(folder.uri, 'models')), isDirectory(vscode.Uri.joinPath(folder.uri, 'labs'))]);
  return models && labs ? folder.uri : undefined;
}

/** Creates a card; returns its URI, or undefined when the person cancels. */
export async function newCard(args: NewCardArgs = {}): Promise<vscode.Uri | undefined> {
  // Callers that pass names without a kind (older tests, other extensions) meant a leaderboard card.
  const kind = args.kind ?? (args.modelName !== undefined ? 'leaderboard' : (await vscode.window.showQuickPick(KINDS, { title: 'New Model Card', placeHolder: 'Which kind of card?', ignoreFocusOut: true }))?.cardKind);
  if (!kind) return undefined;
  if (kind === 'huggingface') return newHuggingFaceCard(args);
  const repo = args.uri === undefined ? await leaderboardRepository() : undefined;
  return repo ? newRepositoryCard(repo, args) : newLooseCard(args);
}

/** Writes the file (folders too) and opens it; `select` is the text to select on its line, if any. */
async function writeAndOpen(target: vscode.Uri, text: string, select?: { label: string; value: string }): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await vscode.workspace.fs.writeFile(target, encode(text));
  const editor = await vscode.window.showTextDocument(target);
  const line = select ? text.split('\n').findIndex((l) => l.startsWith(select.label)) : -1;
  if (select && line >= 0) {
    const start = new vscode.Position(line, select.label.length);
    editor.selection = new vscode.Selection(start, start.translate(0, select.value.length));
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return target;
}

const asUri = (uri: vscode.Uri | string | undefined): vscode.Uri | undefined => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);

/** A Hugging Face model card: the model's name, then README.md of the folder (or where the person saves it). */
async function newHuggingFaceCard(args: NewCardArgs): Promise<vscode.Uri | undefined> {
  const modelName = args.modelName ?? (await askName('New Hugging Face Model Card', 'Model name', 'e.g. heron-8b-instruct'))?.trim();
  if (!modelName) return undefined;
  let target = asUri(args.uri);
  if (!target) {
    const folder = currentFolder();
    target = await vscode.window.showSaveDialog({
      title: "Save the model card (a model repository's README.md)",
      saveLabel: 'Create Card',
      filters: { 'Model card': ['md'] },
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder.uri, 'README.md') } : {}),
    });
    if (!target) return undefined;
  }
  return writeAndOpen(target, hfCardText(modelName), { label: 'license: ', value: 'unknown' });
}

/** A leaderboard card outside a repository: model and organization, then the save dialog. */
async function newLooseCard(args: NewCardArgs): Promise<vscode.Uri | undefined> {
  const modelName = args.modelName ?? (await askName('New Model Card (1/2)', 'Model name, as in the card title', 'e.g. Corvid 34B'))?.trim();
  if (!modelName) return undefined;
  const organization = args.organization ?? (await askName('New Model Card (2/2)', 'Organization (the lab that made the model)', 'e.g. Example Labs'))?.trim();
  if (!organization) return undefined;
  const orgSlug = titleSlug(organization);
  let target = asUri(args.uri);
  if (!target) {
    const folder = currentFolder();
    target = await vscode.window.showSaveDialog({
      title: 'Save the new model card',
      saveLabel: 'Create Card',
      filters: { 'Model card': ['md'] },
      ...(folder ? { defaultUri: await looseDefault(folder.uri, orgSlug, titleSlug(modelName) || 'model') } : {}),
    });
    if (!target) return undefined;
  }
  return writeAndOpen(target, cardText({ modelName, organization, orgSlug, today: todayIso() }), FIRST_FILL_IN);
}

/** Where the save dialog starts: models/<org>/<model>.md when the folder has models/, else the folder root. */
async function looseDefault(folder: vscode.Uri, orgSlug: string, modelSlug: string): Promise<vscode.Uri> {
  const models = vscode.Uri.joinPath(folder, 'models');
  return (await isDirectory(models)) ? vscode.Uri.joinPath(models, orgSlug, `${modelSlug}.md`) : vscode.Uri.joinPath(folder, `${modelSlug}.md`);
}

/** The `# Name` of a lab page, else its file name. */
async function labName(page: vscode.Uri, stem: string): Promise<string> {
  try {
    const first = new TextDecoder().decode((await vscode.workspace.fs.readFile(page)).subarray(0, 512)).split('\n')[0] ?? '';
    return first.startsWith('# ') && first.slice(2).trim() ? first.slice(2).trim() : stem;
  } catch {
    return stem;
  }
}

/** In a leaderboard repository: the title, the lab (existing or new), models/<lab>/<slug>.md, and the new lab's page. */
async function newRepositoryCard(repo: vscode.Uri, args: NewCardArgs): Promise<vscode.Uri | undefined> {
  const modelName = args.modelName ?? (await askName('New Model Card (1/2)', 'Model name, as in the card title', 'e.g. Corvid 34B'))?.trim();
  if (!modelName) return undefined;
  const labsDir = vscode.Uri.joinPath(repo, 'labs');
  const stems = (await vscode.workspace.fs.readDirectory(labsDir)).filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md') && name !== 'README.md').map(([name]) => name.slice(0, -3)).sort();
  let lab = args.organization;
  if (lab === undefined) {
    const picked = await vscode.window.showQuickPick([NEW_LAB, ...stems], { title: 'New Model Card (2/2)', placeHolder: 'The lab that made the model (labs/*.md)', ignoreFocusOut: true });
    if (picked === undefined) return undefined;
    lab = picked === NEW_LAB ? (await askName('New Model Card (2/2)', 'Lab name', 'e.g. Example Labs'))?.trim() : picked;
  }
  if (!lab) return undefined;
  const plan = planNewCard(stems.map((s) => `labs/${s}.md`), modelName, lab);
  if (!plan) return undefined;
  const organization = plan.labPageIsNew ? lab.trim() : await labName(vscode.Uri.joinPath(repo, plan.labPagePath), plan.labSlug);
  const target = vscode.Uri.joinPath(repo, plan.cardPath);
  if (await exists(target)) {
    void vscode.window.showWarningMessage(`${plan.cardPath} already exists: opened it instead of writing over it.`);
    await vscode.window.showTextDocument(target);
    return target;
  }
  if (plan.labPageIsNew) {
    const create = args.createLabPage ?? (await vscode.window.showInformationMessage(`${lab} has no lab page. Create ${plan.labPagePath}?`, 'Create Lab Page', 'Not Now')) === 'Create Lab Page';
    if (create && !(await exists(vscode.Uri.joinPath(repo, plan.labPagePath)))) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(repo, plan.labPagePath), encode(labPageText(organization, { title: modelName, cardPath: plan.cardPath })));
    }
  }
  return writeAndOpen(target, cardText({ modelName, organization, orgSlug: plan.labSlug, today: todayIso() }), FIRST_FILL_IN);
}
