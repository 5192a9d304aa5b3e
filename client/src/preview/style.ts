// The preview's stylesheet, inlined with the CSP nonce. Theme colours only via --vscode-* variables;
// the tier hues are mid-tone so they read on light, dark and high-contrast themes.
export const PREVIEW_CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 24px; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 16px 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 1.05em; margin: 18px 0 8px; color: var(--vscode-descriptionForeground); text-transform: uppercase; letter-spacing: .04em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dl.facts dt { color: var(--vscode-descriptionForeground); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.metrics { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; }
.metric { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 6px; padding: 4px 12px 12px; background: var(--vscode-sideBar-background, transparent); }
.headline { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; }
.big { font-size: 2.2em; font-weight: 600; font-variant-numeric: tabular-nums; }
.explain { color: var(--vscode-descriptionForeground); font-family: var(--vscode-editor-font-family); font-size: .95em; margin: 6px 0 0; }
.tier-badge { padding: 1px 8px; border-radius: 10px; color: #fff; font-weight: 600; background: var(--vscode-badge-background); }
.tier-scale { display: flex; list-style: none; padding: 0; margin: 10px 0 0; gap: 2px; }
.tier-scale .tier { flex: 1; min-width: 0; text-align: center; font-size: .75em; padding: 4px 2px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; opacity: .35; color: #fff; border-radius: 3px; }
.tier-scale .tier.active { opacity: 1; font-weight: 700; outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
.tier-0 { background: #6b7f99; } .tier-1 { background: #2f8f6f; } .tier-2 { background: #2f74c0; } .tier-3 { background: #8a4fc7; } .tier-4 { background: #c7443a; }
.tier-badge.tier-none { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.gauge { position: relative; height: 12px; margin: 12px 0 20px; background: var(--vscode-input-background, rgba(128, 128, 128, .2)); border: 1px solid var(--vscode-input-border, var(--vscode-widget-border, transparent)); border-radius: 6px; }
.gauge-fill { height: 100%; border-radius: 6px; }
.gauge-fill.ok, .state.ok { color: var(--vscode-testing-iconPassed); } .gauge-fill.ok { background: var(--vscode-testing-iconPassed, #388a34); }
.gauge-fill.under { background: var(--vscode-editorWarning-foreground, #bf8803); } .state.under { color: var(--vscode-editorWarning-foreground); }
.gauge-marker { position: absolute; top: -4px; bottom: -4px; width: 2px; background: var(--vscode-foreground, currentColor); }
.gauge-marker span { position: absolute; top: 18px; left: -12px; font-size: .8em; color: var(--vscode-descriptionForeground); white-space: nowrap; }
ul.benchmarks, ul.findings { list-style: none; padding: 0; margin: 0; }
.benchmark { display: grid; grid-template-columns: minmax(80px, 160px) 1fr 3.5em; align-items: center; gap: 8px; padding: 2px 0; }
.benchmark .name { overflow-wrap: anywhere; } .benchmark .score { text-align: right; font-variant-numeric: tabular-nums; }
.bar { height: 10px; background: var(--vscode-input-background, rgba(128, 128, 128, .2)); border-radius: 5px; overflow: hidden; }
.bar-fill { height: 100%; background: var(--vscode-progressBar-background, #0e70c0); }
.results { border-collapse: collapse; width: 100%; } .results th, .results td { text-align: left; padding: 2px 8px 2px 0; overflow-wrap: anywhere; vertical-align: middle; }
.results th { color: var(--vscode-descriptionForeground); font-weight: 600; } .results .score { text-align: right; font-variant-numeric: tabular-nums; } .results .bar-cell { width: 25%; min-width: 60px; }
.finding { display: grid; grid-template-columns: 6.5em 4em 1fr auto; gap: 8px; padding: 4px 6px; border-radius: 4px; cursor: pointer; }
.finding:hover, .finding:focus { background: var(--vscode-list-hoverBackground); outline: none; }
.finding .severity { font-weight: 600; text-transform: capitalize; }
.severity-error .severity { color: var(--vscode-editorError-foreground); }
.severity-warning .severity { color: var(--vscode-editorWarning-foreground); }
.severity-information .severity, .severity-hint .severity { color: var(--vscode-editorInfo-foreground); }
.finding .line { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
.finding .message { overflow-wrap: anywhere; }
.finding .rule { color: var(--vscode-textPreformat-foreground); font-size: .9em; }
.none, #empty { color: var(--vscode-descriptionForeground); }
`;
