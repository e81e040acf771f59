import { plexSansFontFaceCss } from '../fonts/plexSans.ts';

/**
 * The report's style, inlined into its one HTML file: IBM Plex Sans embedded, A4 pages with page numbers in
 * the footer (printed by Chromium), the ministry's sober look — dark blue headings, thin rules, "Anm.:" and
 * "Kilde:" lines under tables and figures, which never split across pages.
 */
export function reportCss(): string {
  return `${plexSansFontFaceCss()}
:root { --ink: #1a1a1a; --blue: #002e5f; --rule: #9aa5b1; --pale: #eef2f6; }
@page { size: A4; margin: 22mm 20mm 22mm 20mm; }
* { box-sizing: border-box; }
html { font-family: "IBM Plex Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: var(--ink); }
body { margin: 0 auto; max-width: 170mm; padding: 0 4mm; }
h1, h2, h3, h4 { color: var(--blue); font-weight: 600; line-height: 1.2; break-after: avoid; }
h2.chapter { font-size: 20pt; margin: 0 0 8mm; padding-top: 4mm; }
h3 { font-size: 13pt; margin: 7mm 0 2mm; }
h4 { font-size: 11pt; margin: 5mm 0 1.5mm; }
p { margin: 0 0 2.6mm; orphans: 3; widows: 3; }
ul { margin: 0 0 3mm; padding-left: 5mm; }
a { color: var(--blue); }
.front { height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.front .kicker { font-size: 12pt; color: var(--blue); letter-spacing: .04em; text-transform: uppercase; }
.front h1 { font-size: 30pt; margin: 4mm 0 6mm; }
.front .subtitle { font-size: 14pt; max-width: 140mm; }
.front .year { font-size: 48pt; font-weight: 600; color: var(--blue); margin-top: 14mm; }
nav.toc { break-after: page; }
nav.toc h2 { font-size: 20pt; margin-bottom: 6mm; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { display: flex; align-items: baseline; gap: 2mm; margin: 1.2mm 0; }
nav.toc li.level-1 { font-weight: 600; margin-top: 3mm; }
nav.toc li.level-2 { padding-left: 6mm; }
nav.toc li.level-3 { padding-left: 12mm; font-size: 9.5pt; }
nav.toc .dots { flex: 1; border-bottom: 1px dotted var(--rule); transform: translateY(-1mm); }
nav.toc .page { min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }
section.chapter { break-before: page; }
.item { break-inside: avoid; margin: 5mm 0 6mm; }
.caption { font-weight: 600; color: var(--blue); margin-bottom: .5mm; }
.caption .label { display: block; font-size: 9.5pt; text-transform: none; }
.caption .title { display: block; font-weight: 400; color: var(--ink); }
table.data { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-top: 2mm; font-variant-numeric: tabular-nums; }
table.data th, table.data td { padding: 1.2mm 2mm; border-bottom: 1px solid var(--rule); }
table.data thead th { border-bottom: 1.5px solid var(--blue); text-align: right; font-weight: 600; vertical-align: bottom; }
table.data thead th:first-child, table.data tbody th { text-align: left; font-weight: 400; }
table.data td { text-align: right; white-space: nowrap; }
table.data tr.total th, table.data tr.total td { font-weight: 600; }
table.data.wide { font-size: 7pt; }
table.data.wide th, table.data.wide td { padding: 1mm 0.8mm; }
table.data thead th { hyphens: manual; }
figure { margin: 2mm 0 0; }
figure svg { width: 100%; height: auto; display: block; }
.notes { font-size: 8.5pt; margin-top: 1.5mm; color: #333; }
.notes p { margin: 0 0 .8mm; }
.box { background: var(--pale); border-left: 3px solid var(--blue); padding: 4mm 5mm; margin: 5mm 0; break-inside: avoid; font-size: 9.5pt; }
.box h4 { margin-top: 0; }
.box em { font-style: normal; color: #444; }
.notice { border: 1.5px dashed #a05a00; background: #fff8ec; padding: 3mm 4mm; margin: 4mm 0; break-inside: avoid; }
.notice strong { color: #7a4300; }
.colophon { break-before: page; font-size: 9.5pt; }
.colophon dl { display: grid; grid-template-columns: 40mm 1fr; gap: 1.5mm 4mm; }
.colophon dt { font-weight: 600; }
.colophon dd { margin: 0; }
@media screen { body { padding: 10mm 4mm 30mm; } section.chapter { margin-top: 16mm; } .front { height: auto; min-height: 60vh; } }
`;
}
