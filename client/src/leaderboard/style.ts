// The Leaderboard's stylesheet, inlined with the CSP nonce: theme colours only through --vscode-* variables,
// the tier hues those of the metrics preview.
export const LEADERBOARD_CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 12px 16px; margin: 0; }
header { position: sticky; top: 0; z-index: 2; background: var(--vscode-editor-background); padding: 10px 0 8px; display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; }
h1 { font-size: 1.3em; margin: 0 8px 0 0; font-weight: 600; }
input, select { font: inherit; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, var(--vscode-widget-border, transparent)); border-radius: 2px; padding: 3px 6px; }
select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border-color: var(--vscode-dropdown-border, transparent); }
input:focus, select:focus, button:focus-visible, tr:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
#filter { min-width: 16em; }
label { color: var(--vscode-descriptionForeground); display: inline-flex; gap: 4px; align-items: center; }
#count, #note { color: var(--vscode-descriptionForeground); }
#note { width: 100%; margin: 0; }
table { border-collapse: separate; border-spacing: 0; table-layout: fixed; width: 100%; min-width: 94em; font-variant-numeric: tabular-nums; }
tr.spacer td { padding: 0; border: 0; }
thead th { position: sticky; top: var(--header-height, 48px); z-index: 1; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding: 0; text-align: left; white-space: nowrap; }
th.num { text-align: right; }
th button { all: unset; box-sizing: border-box; width: 100%; padding: 4px 8px; overflow: hidden; text-overflow: ellipsis; cursor: pointer; font-weight: 600; color: var(--vscode-foreground); }
th button:hover { background: var(--vscode-list-hoverBackground); }
th .arrow { display: inline-block; width: 1em; color: var(--vscode-descriptionForeground); }
td { padding: 3px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.num { text-align: right; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
tbody tr:focus { background: var(--vscode-list-focusBackground, var(--vscode-list-hoverBackground)); }
.unknown { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); }
.tier { display: inline-block; padding: 0 7px; border-radius: 9px; color: #fff; font-size: .9em; }
.tier-0 { background: #6b7f99; } .tier-1 { background: #2f8f6f; } .tier-2 { background: #2f74c0; } .tier-3 { background: #8a4fc7; } .tier-4 { background: #c7443a; }
.errors { color: var(--vscode-editorError-foreground); font-weight: 600; }
.warnings { color: var(--vscode-editorWarning-foreground); }
.ok { color: var(--vscode-testing-iconPassed, var(--vscode-descriptionForeground)); }
#empty { color: var(--vscode-descriptionForeground); padding: 12px 0; }
`;
