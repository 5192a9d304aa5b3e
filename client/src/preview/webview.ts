// The preview's script, run inside the webview. It must be self-contained: html.ts inlines its source.
// Card text is untrusted: it only ever reaches the page through textContent, never as markup.
import type { UpdateMessage, WebviewMessage } from './messages';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): UpdateMessage | undefined;
  setState(state: UpdateMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export function webviewMain(): void {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root') as HTMLElement;

  /** Creates an element with an id/class and text content (never markup). */
  function el(tag: string, opts: { id?: string; cls?: string; text?: string; title?: string } = {}, children: Node[] = []): HTMLElement {
    const e = document.createElement(tag);
    if (opts.id) e.id = opts.id;
    if (opts.cls) e.className = opts.cls;
    if (opts.text !== undefined) e.textContent = opts.text;
    if (opts.title !== undefined) e.title = opts.title;
    for (const c of children) e.appendChild(c);
    return e;
  }

  const num = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  const billions = (n: number | null): string => (n === null ? '—' : `${num(n, 3)}B`);
  const sci = (n: number | null): string => {
    if (n === null) return '—';
    const exp = Math.floor(Math.log10(n));
    const superscript = String(exp).replace(/[-0-9]/g, (d) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(d)] ?? d);
    return `${(n / 10 ** exp).toFixed(2)} × 10${superscript}`;
  };

  /** A term/definition row; the definition is plain text. */
  function fact(label: string, value: string, id: string): HTMLElement[] {
    return [el('dt', { text: label }), el('dd', { id, text: value })];
  }

  function header(p: NonNullable<UpdateMessage['preview']>, accessLabels: UpdateMessage['accessLabels']): HTMLElement {
    const c = p.card;
    const access = c.access === null ? '—' : (accessLabels[c.access] ?? c.access);
    return el('header', { id: 'header' }, [
      el('h1', { id: 'model-name', text: c.modelName ?? 'Untitled card' }),
      el('dl', { cls: 'facts' }, [
        ...fact('Organization', c.organization ?? '—', 'organization'),
        ...fact('Released', c.released ?? '—', 'released'),
        ...fact('Access', access, 'access'),
        ...fact('Type', c.architecture ?? '—', 'architecture'),
        ...fact('Format', p.format ?? '—', 'format'),
      ]),
    ]);
  }

  function alScoreBlock(p: NonNullable<UpdateMessage['preview']>, tiers: readonly string[]): HTMLElement {
    const m = p.metrics;
    const scale = el('ol', { id: 'tier-scale', cls: 'tier-scale', title: 'Tier scale, from Lightweight to Extremely powerful' });
    const ascending = [...tiers].reverse();
    ascending.forEach((t, i) => {
      const active = t === m.tier;
      scale.appendChild(el('li', { cls: `tier tier-${i}${active ? ' active' : ''}`, text: t, title: t }));
    });
    return el('div', { cls: 'metric' }, [
      el('h2', { text: 'ALScore' }),
      el('div', { cls: 'headline' }, [
        el('span', { id: 'alscore', cls: 'big', text: m.alScoreRounded === null ? '—' : m.alScoreRounded.toFixed(1) }),
        el('span', { id: 'tier', cls: `tier-badge tier-${m.tier === null ? 'none' : ascending.indexOf(m.tier)}`, text: m.tier ?? 'unknown' }),
      ]),
      scale,
      el('p', { id: 'alscore-explain', cls: 'explain', text: p.explain.alScore ?? 'Needs Parameters and Training Tokens.' }),
    ]);
  }

  function ratioBlock(p: NonNullable<UpdateMessage['preview']>): HTMLElement {
    const m = p.metrics;
    const optimal = p.computeOptimalRatio;
    const max = Math.max(optimal * 50, (m.tokensPerParam ?? 0) * 1.5);
    const at = (x: number): number => Math.min(100, (Math.log10(Math.max(x, 1)) / Math.log10(max)) * 100);
    const fill = el('div', { cls: `gauge-fill ${m.computeOptimal ? 'ok' : 'under'}` });
    fill.style.width = `${m.tokensPerParam === null ? 0 : at(m.tokensPerParam)}%`;
    const marker = el('div', { id: 'optimal-marker', cls: 'gauge-marker', title: `Chinchilla rule: ${optimal}:1` }, [el('span', { text: `${optimal}:1` })]);
    marker.style.left = `${at(optimal)}%`;
    const state = m.computeOptimal === null ? 'unknown' : m.computeOptimal ? '✅ Compute-optimal' : '⚠️ Under-trained';
    return el('div', { cls: 'metric' }, [
      el('h2', { text: 'Tokens per parameter' }),
      el('div', { cls: 'headline' }, [
        el('span', { id: 'ratio', cls: 'big', text: m.writtenRatio === null ? '—' : `${num(m.writtenRatio)}:1` }),
        el('span', { id: 'compute-optimal', cls: `state ${m.computeOptimal === null ? '' : m.computeOptimal ? 'ok' : 'under'}`, text: state }),
      ]),
      el('div', { id: 'ratio-gauge', cls: 'gauge', title: 'Log scale; the marker is the compute-optimal line' }, [fill, marker]),
      el('p', { id: 'ratio-explain', cls: 'explain', text: p.explain.ratio ?? 'Needs Parameters and Training Tokens.' }),
      el('dl', { cls: 'facts' }, [
        ...fact('Parameters', billions(m.parametersB), 'parameters'),
        ...fact('Training tokens', billions(m.trainingTokensB), 'training-tokens'),
        ...fact('Chinchilla-optimal tokens', billions(m.chinchillaTokensB), 'chinchilla'),
        ...fact('Training compute', m.trainingFlops === null ? '—' : `≈ ${sci(m.trainingFlops)} FLOPs`, 'flops'),
      ]),
    ]);
  }

  function benchmarks(p: NonNullable<UpdateMessage['preview']>): HTMLElement {
    const list = el('ul', { cls: 'benchmarks' });
    for (const b of p.card.benchmarks) {
      const bar = el('div', { cls: 'bar-fill' });
      bar.style.width = `${b.score === null ? 0 : Math.max(0, Math.min(100, b.score))}%`;
      list.appendChild(el('li', { cls: 'benchmark' }, [el('span', { cls: 'name', text: b.name }), el('div', { cls: 'bar' }, [bar]), el('span', { cls: 'score', text: b.score === null ? '—' : String(b.score) })]));
    }
    if (p.card.benchmarks.length === 0) list.appendChild(el('li', { cls: 'none', text: 'No benchmark scores.' }));
    return el('section', { id: 'benchmarks' }, [el('h2', { text: 'Benchmarks' }), list]);
  }

  function findings(p: NonNullable<UpdateMessage['preview']>): HTMLElement {
    const list = el('ul', { cls: 'findings' });
    for (const f of p.findings) {
      const item = el('li', { cls: `finding severity-${f.severity}`, title: 'Go to this line' }, [
        el('span', { cls: 'severity', text: f.severity }),
        el('span', { cls: 'line', text: `Ln ${f.range.start.line + 1}` }),
        el('span', { cls: 'message', text: f.message }),
        el('code', { cls: 'rule', text: f.rule }),
      ]);
      item.tabIndex = 0;
      const reveal = (): void => vscode.postMessage({ type: 'reveal', line: f.range.start.line, character: f.range.start.character });
      item.addEventListener('click', reveal);
      item.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') reveal();
      });
      list.appendChild(item);
    }
    if (p.findings.length === 0) list.appendChild(el('li', { cls: 'none', text: 'No problems found.' }));
    const more = p.findingsTotal - p.findings.length;
    if (more > 0) list.appendChild(el('li', { id: 'findings-more', cls: 'none', text: `…and ${more} more (see the Problems panel).` }));
    return el('section', { id: 'findings' }, [el('h2', { text: `Findings (${p.findingsTotal})` }), list]);
  }

  /** A Hugging Face card: the metadata a model page shows, then model-index results as a table with bars. */
  function huggingFace(p: NonNullable<UpdateMessage['preview']>, hf: NonNullable<NonNullable<UpdateMessage['preview']>['huggingface']>, tiers: readonly string[]): HTMLElement[] {
    const join = (xs: readonly string[]): string => (xs.length === 0 ? '—' : xs.join(', '));
    const licenses = hf.licenses.map((l) => (l.name ? `${l.id} (${l.name})` : l.id));
    if (hf.licenseName) licenses.push(hf.licenseName);
    const base = hf.baseModels.length === 0 ? '—' : `${join(hf.baseModels)}${hf.baseModelRelation ? ` (${hf.baseModelRelation})` : ''}`;
    const head = el('header', { id: 'header' }, [
      el('h1', { id: 'model-name', text: p.card.modelName ?? 'Untitled card' }),
      el('dl', { cls: 'facts' }, [
        ...fact('License', join(licenses), 'hf-license'),
        ...fact('Task', hf.pipelineTag ? `${hf.pipelineTag.tag}${hf.pipelineTag.name ? ` (${hf.pipelineTag.name})` : ''}` : '—', 'hf-pipeline'),
        ...fact('Library', hf.libraryName ?? '—', 'hf-library'),
        ...fact('Base model', base, 'hf-base-model'),
        ...fact('Datasets', join(hf.datasets), 'hf-datasets'),
        ...fact('Languages', join(hf.languages), 'hf-languages'),
        ...fact('Format', 'Hugging Face model card', 'format'),
      ]),
    ]);
    const rows = hf.results.map((r) => {
      const bar = el('div', { cls: 'bar-fill' });
      const pct = r.number === null || r.number < 0 ? 0 : r.number <= 1 ? r.number * 100 : r.number <= 100 ? r.number : 0;
      bar.style.width = `${pct}%`;
      return el('tr', {}, [el('td', { text: r.dataset }), el('td', { text: r.metric }), el('td', { cls: 'score', text: r.value || '—' }), el('td', { cls: 'bar-cell' }, [el('div', { cls: 'bar' }, [bar])]), el('td', { text: r.task }), el('td', { text: r.model })]);
    });
    const more = hf.resultsTotal - hf.results.length;
    const table = el('table', { id: 'hf-results', cls: 'results' }, [
      el('thead', {}, [el('tr', {}, ['Dataset', 'Metric', 'Value', '', 'Task', 'Model'].map((h) => el('th', { text: h })))]),
      el('tbody', {}, rows),
    ]);
    const results = el('section', { id: 'benchmarks' }, [
      el('h2', { text: `Evaluation results (${hf.resultsTotal})` }),
      hf.resultsTotal === 0 ? el('p', { cls: 'none', text: 'No model-index results.' }) : table,
      ...(more > 0 ? [el('p', { id: 'results-more', cls: 'none', text: `…and ${more} more.` })] : []),
    ]);
    // The derived metrics only where the card gives both counts.
    const known = p.metrics.parametersB !== null && p.metrics.trainingTokensB !== null;
    return [head, ...(known ? [el('section', { id: 'metrics', cls: 'metrics' }, [alScoreBlock(p, tiers), ratioBlock(p)])] : []), results];
  }

  function render(msg: UpdateMessage): void {
    const p = msg.preview;
    if (!p?.isCard) {
      root.replaceChildren(el('p', { id: 'empty', text: p ? 'This Markdown file is not a model card.' : 'No card to show: the file was closed or the server is not running.' }));
      return;
    }
    if (p.huggingface) {
      root.replaceChildren(...huggingFace(p, p.huggingface, msg.tiers), findings(p));
      return;
    }
    root.replaceChildren(header(p, msg.accessLabels), el('section', { id: 'metrics', cls: 'metrics' }, [alScoreBlock(p, msg.tiers), ratioBlock(p)]), benchmarks(p), findings(p));
  }

  window.addEventListener('message', (event: MessageEvent<UpdateMessage>) => {
    if (event.data?.type !== 'update') return;
    vscode.setState(event.data);
    render(event.data);
  });
  // After the panel was hidden (no retained context) or VS Code restarted: show the last card at once, then ask for fresh data.
  const state = vscode.getState();
  if (state) render(state);
  vscode.postMessage({ type: 'ready' });
}
