import type { ReportTable } from '../../views/report/reportTable.ts';
import type { DefinitionsBox } from '../../views/report/box11.ts';
import type { Block, Chapter, ReportDocument } from '../report/reportDocument.ts';
import { fillFacts, UnknownFactsError, type UnknownFact } from './fillFacts.ts';
import { itemLabelDa, REPORT_ITEM_INPUTS } from './reportItemInputs.ts';

/** The report's template: its settings and its chapters as Markdown files, in reading order. */
export interface ReportTemplate {
  /** Where it came from (`bundled` or the `--template` directory), for the manifest. */
  readonly source: string;
  readonly titleDa: string;
  /** May name facts: `… pr. 1. december {{aar}}`. */
  readonly subtitleDa: string;
  readonly chapters: readonly { readonly file: string; readonly text: string }[];
}

/** What the run computed for the template: facts, tables and figures (with their SVG), boxes. */
export interface ReportContent {
  readonly facts: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, ReportTable>;
  readonly svgs: ReadonlyMap<string, string>;
  readonly boxes: ReadonlyMap<string, DefinitionsBox>;
  /** Delivery tables present (for the notices of sections whose input is absent). */
  readonly deliveryTables: ReadonlySet<string>;
  readonly suppliedFiles: ReadonlySet<string>;
}

/** A section the report could not show, and why (the manifest lists them). */
export interface MissingSection {
  readonly id: string;
  readonly missing: readonly string[];
  readonly textDa: string;
}

const CHAPTER = /^#\s+(\d+)\.?\s+(.+)$/;
const HEADING = /^(#{2,3})\s+(.+)$/;
const ITEM = /^\[\[\s*([a-z0-9.-]+)\s*\]\]$/;

/**
 * The report document from its template and the run's content. Chapters start at `# 1 Indledning`, headings
 * at `##` and `###`, and a line `[[tabel-2.1]]` places a table, figure or box. Facts (`{{udsatte.antal}}`)
 * are filled everywhere; an unknown fact is an error naming every one. An item whose input is absent, or
 * whose every cell is missing, becomes a visible notice naming what is missing — never an empty chart.
 */
export function reportDocumentFrom(
  template: ReportTemplate,
  content: ReportContent,
  meta: { readonly listYear: number; readonly colophon: ReportDocument['colophon'] },
): { document: ReportDocument; missing: MissingSection[] } {
  const unknown: UnknownFact[] = [];
  const missing: MissingSection[] = [];
  const chapters: Chapter[] = [];
  let current: { number: string; titleDa: string; anchor: string; blocks: Block[] } | null = null;
  let prose: string[] = [];
  const flush = (): void => {
    const text = prose.join('\n').trim();
    if (text !== '' && current !== null) current.blocks.push({ kind: 'prose', markdown: text });
    prose = [];
  };
  for (const { file, text } of template.chapters) {
    text.split('\n').forEach((raw, i) => {
      const line = fillFacts(raw, content.facts, { file, line: i + 1 }, unknown);
      const chapter = CHAPTER.exec(line);
      const heading = HEADING.exec(line);
      const item = ITEM.exec(line.trim());
      if (chapter !== null) {
        flush();
        const [, number = '', titleDa = ''] = chapter;
        current = { number, titleDa: titleDa.trim(), anchor: `kapitel-${number}`, blocks: [] };
        chapters.push(current);
      } else if (current === null) {
        if (line.trim() !== '')
          throw new Error(`${file}:${i + 1}: text before the first chapter heading (# 1 …)`);
      } else if (heading !== null) {
        flush();
        const textDa = (heading[2] ?? '').trim();
        current.blocks.push({
          kind: 'heading',
          level: heading[1] === '##' ? 2 : 3,
          textDa,
          anchor: anchorOf(textDa),
        });
      } else if (item !== null) {
        flush();
        current.blocks.push(itemBlock(item[1] ?? '', content, missing));
      } else {
        prose.push(line);
      }
    });
    flush();
  }
  const subtitleDa = fillFacts(
    template.subtitleDa,
    content.facts,
    { file: 'template.json', line: 1 },
    unknown,
  );
  if (unknown.length > 0) throw new UnknownFactsError(unknown);
  return {
    document: {
      titleDa: template.titleDa,
      subtitleDa,
      listYear: meta.listYear,
      chapters,
      colophon: meta.colophon,
    },
    missing,
  };
}

function itemBlock(id: string, content: ReportContent, missing: MissingSection[]): Block {
  const box = content.boxes.get(id);
  if (box !== undefined) return { kind: 'box', id, titleDa: box.titleDa, markdown: box.markdown };
  const table = content.tables.get(id);
  if (table !== undefined) {
    const reasons = [
      ...new Set(table.cells.flatMap((c) => (c.value.kind === 'missing' ? [c.value.why] : []))),
    ];
    if (table.cells.length > 0 && table.cells.every((c) => c.value.kind === 'missing')) {
      return notice(id, reasons, `${itemLabelDa(id)} kan ikke vises: ${reasons.join('; ')}.`, missing);
    }
    if (table.chart === undefined) return { kind: 'table', table };
    const svg = content.svgs.get(id);
    if (svg === undefined) throw new Error(`${id}: a figure without its drawing`);
    return { kind: 'figure', table, svg };
  }
  const inputs = REPORT_ITEM_INPUTS[id];
  const absentTables = (inputs?.delivery ?? []).filter((t) => !content.deliveryTables.has(t));
  const absentFiles = (inputs?.supplied ?? []).filter((f) => !content.suppliedFiles.has(f));
  const quoted = (xs: readonly string[]): string => joinDa(xs);
  if (absentTables.length > 0) {
    return notice(
      id,
      absentTables,
      `${itemLabelDa(id)} kan ikke vises: leveringen indeholder ikke ${quoted(absentTables)}.`,
      missing,
    );
  }
  if (absentFiles.length > 0) {
    return notice(
      id,
      absentFiles,
      `${itemLabelDa(id)} kan ikke vises: de leverede tabeller (--supplied) indeholder ikke ${quoted(absentFiles)}.`,
      missing,
    );
  }
  return notice(id, [id], `${itemLabelDa(id)} er endnu ikke en del af rapporten.`, missing);
}

function notice(id: string, what: readonly string[], textDa: string, missing: MissingSection[]): Block {
  missing.push({ id, missing: what, textDa });
  return { kind: 'notice', id, textDa, missing: what };
}

function joinDa(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1) ?? ''}`;
}

/** `2.1.3 Andelen af …` → `afsnit-2-1-3`; a heading without a number → its words. */
export function anchorOf(heading: string): string {
  const number = /^(\d+(?:\.\d+)*)\s/.exec(heading)?.[1];
  if (number !== undefined) return `afsnit-${number.replaceAll('.', '-')}`;
  return heading
    .toLowerCase()
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'oe')
    .replace(/[å]/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
