import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../../../src/views/report/reportTable.ts';
import {
  reportDocumentFrom,
  type ReportContent,
  type ReportTemplate,
} from '../../../src/reports/template/reportDocumentFrom.ts';
import { UnknownFactsError } from '../../../src/reports/template/fillFacts.ts';
import { readReportTemplate } from '../../../src/reports/template/readReportTemplate.ts';

const META = {
  listYear: 2024,
  colophon: {
    softwareVersion: '0.1.0',
    ruleSetDa: '2021',
    runId: 'r1',
    generatedAt: '2024-12-01T10:00:00+01:00',
  },
};

const table = (id: string, cells: ReportTable['cells'], chart?: ReportTable['chart']): ReportTable => ({
  id,
  titleDa: `Titel ${id}`,
  rows: [{ key: 'r', labelDa: 'Række' }],
  columns: [{ key: 'c', labelDa: 'Kolonne' }],
  cells,
  unit: 'pct',
  notesDa: [],
  sourceDa: 'Kilde',
  ...(chart === undefined ? {} : { chart }),
});

const content = (over: Partial<ReportContent> = {}): ReportContent => ({
  facts: new Map([
    ['aar', '2024'],
    ['udsatte.antal', '12'],
  ]),
  tables: new Map(),
  svgs: new Map(),
  boxes: new Map(),
  deliveryTables: new Set(['residence']),
  suppliedFiles: new Set(),
  ...over,
});

const template = (text: string): ReportTemplate => ({
  source: 'test',
  titleDa: 'Redegørelse',
  subtitleDa: 'pr. 1. december {{aar}}',
  chapters: [{ file: '1.md', text }],
});

describe('the report document from its template', () => {
  it('fills facts, splits chapters and headings, and places tables', () => {
    const t = table('tabel-2.1', [
      { row: 'r', column: 'c', unit: 'pct', value: { kind: 'value', value: 64 } },
    ]);
    const { document, missing } = reportDocumentFrom(
      template(
        '# 1 Indledning\n\n## 1.1 Om listerne\n\nDer er {{udsatte.antal}} områder i {{aar}}.\n\n[[tabel-2.1]]\n',
      ),
      content({ tables: new Map([['tabel-2.1', t]]) }),
      META,
    );
    expect(document.subtitleDa).toBe('pr. 1. december 2024');
    expect(document.chapters).toHaveLength(1);
    expect(document.chapters[0]?.blocks).toEqual([
      { kind: 'heading', level: 2, textDa: '1.1 Om listerne', anchor: 'afsnit-1-1' },
      { kind: 'prose', markdown: 'Der er 12 områder i 2024.' },
      { kind: 'table', table: t },
    ]);
    expect(missing).toEqual([]);
  });

  it('an unknown fact is an error naming every one, with file and line', () => {
    expect(() =>
      reportDocumentFrom(template('# 1 Indledning\n{{udsatte.nye}} og {{ingen.saadan}}\n'), content(), META),
    ).toThrowError(
      new UnknownFactsError([
        { file: '1.md', line: 2, key: 'udsatte.nye' },
        { file: '1.md', line: 2, key: 'ingen.saadan' },
      ]).message,
    );
  });

  it('a section whose input table is absent is a visible notice naming it, and is listed', () => {
    const { document, missing } = reportDocumentFrom(
      template('# 2 Udvikling\n[[tabel-2.2]]\n'),
      content(),
      META,
    );
    const notice = {
      kind: 'notice',
      id: 'tabel-2.2',
      textDa: 'Tabel 2.2 kan ikke vises: leveringen indeholder ikke lettings, vacancies og dwellings.',
      missing: ['lettings', 'vacancies', 'dwellings'],
    };
    expect(document.chapters[0]?.blocks).toEqual([notice]);
    expect(missing).toEqual([{ id: 'tabel-2.2', missing: notice.missing, textDa: notice.textDa }]);
  });

  it('a figure whose every cell is missing is a notice with the reasons, never an empty chart', () => {
    const t = table(
      'figur-2.1a',
      [{ row: 'r', column: 'c', unit: 'pct', value: { kind: 'missing', why: 'ingen bopælsdata for 2018' } }],
      { kind: 'lines', yLabelDa: 'Pct.' },
    );
    const { document } = reportDocumentFrom(
      template('# 2 Udvikling\n[[figur-2.1a]]\n'),
      content({ tables: new Map([['figur-2.1a', t]]) }),
      META,
    );
    expect(document.chapters[0]?.blocks[0]).toMatchObject({
      kind: 'notice',
      textDa: 'Figur 2.1.a kan ikke vises: ingen bopælsdata for 2018.',
    });
  });

  it('the bundled template names only facts and items the report knows how to make or explain', async () => {
    const read = await readReportTemplate();
    expect(read.files[0]).toBe('template.json');
    const items = read.template.chapters.flatMap((c) =>
      [...c.text.matchAll(/^\[\[([a-z0-9.-]+)\]\]$/gm)].map((m) => m[1]),
    );
    expect(items).toContain('tabel-2.1');
    expect(items).toContain('figur-3.1');
    expect(new Set(items).size).toBe(items.length);
  });
});
