import type { Cell } from '../../../src/disclosure/cell.ts';
import type { ReportDocument } from '../../../src/reports/report/reportDocument.ts';
import type { ReportTable } from '../../../src/views/report/reportTable.ts';

const cell = (row: string, column: string, value: Cell['value'], unit: Cell['unit'] = 'pct'): Cell => ({
  row,
  column,
  unit,
  value,
});

/** A table with all four cell kinds, worked by hand. */
export const TABLE: ReportTable = {
  id: 'tabel-2.1',
  titleDa: 'Andel af indvandrere og efterkommere fra ikke-vestlige lande og MENAPT-lande 2024',
  rows: [
    { key: 'forebyggelse', labelDa: 'Forebyggelsesområder' },
    { key: 'udsat', labelDa: 'Udsatte områder' },
  ],
  columns: [
    { key: 'nonwestern', labelDa: 'Ikke-vestlige' },
    { key: 'menapt', labelDa: 'MENAPT' },
  ],
  cells: [
    cell('forebyggelse', 'nonwestern', { kind: 'value', value: 49.25 }),
    cell('forebyggelse', 'menapt', {
      kind: 'suppressed',
      rule: 'persons-under-5',
      primaryOrSecondary: 'primary',
    }),
    cell('udsat', 'nonwestern', { kind: 'missing', why: 'ingen områder i kategorien' }),
    cell('udsat', 'menapt', { kind: 'notApplicable' }),
  ],
  unit: 'pct',
  notesDa: ['Andele af alle beboere pr. 1. januar 2024.'],
  sourceDa: 'Syntetiske registerdata.',
};

/** A small document: one chapter with a heading, prose with æøå, the table, a box and a notice. */
export const DOCUMENT: ReportDocument = {
  titleDa: 'Redegørelse om parallelsamfund',
  subtitleDa:
    'Udsatte boligområder, parallelsamfund, omdannelsesområder og forebyggelsesområder pr. 1. december 2024',
  listYear: 2024,
  chapters: [
    {
      number: '1',
      titleDa: 'Indledning',
      anchor: 'kapitel-1',
      blocks: [
        { kind: 'heading', level: 2, textDa: '1.1 Indledning', anchor: 'afsnit-1-1' },
        {
          kind: 'prose',
          markdown: 'Der er **12** udsatte boligområder i Århus, Køge og Ølstykke. <script>x()</script>',
        },
        {
          kind: 'box',
          id: 'boks-1.1',
          titleDa: 'Områdeafgrænsning',
          markdown: '1. Første kriterium.\n2. Andet.',
        },
      ],
    },
    {
      number: '2',
      titleDa: 'Udvikling i udsatte boligområder',
      anchor: 'kapitel-2',
      blocks: [
        { kind: 'table', table: TABLE },
        {
          kind: 'notice',
          id: 'tabel-2.2',
          textDa: 'Tabel 2.2 kan ikke vises: leveringen indeholder ikke `lettings`.',
          missing: ['lettings'],
        },
      ],
    },
  ],
  colophon: {
    softwareVersion: '0.1.0',
    ruleSetDa: 'Parallelsamfundsloven 2021 (regelsæt 2021)',
    runId: 'run-1',
    generatedAt: '2024-12-01T10:00:00+01:00',
  },
};
