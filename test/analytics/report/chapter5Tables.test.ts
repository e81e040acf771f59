import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/analytics/db.ts';
import { chapter5Analyses } from '../../../src/analytics/report/chapter5Analyses.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { DEFAULT_DUTY_OPTIONS } from '../../../src/core/duties/dutyOptions.ts';
import { DEFAULT_DISCLOSURE_OPTIONS } from '../../../src/disclosure/disclosureOptions.ts';
import { protectAndAuditTables } from '../../../src/disclosure/protectAndAuditTables.ts';
import { tableCsv } from '../../../src/reports/document/tableCsv.ts';
import { chapter5Report } from '../../../src/runs/reportChapter5.ts';
import { expectGolden, expectNoOrphanGoldens } from '../../expectGolden.ts';
import { dutyLists, dutyWorkspace } from '../duties/dutyWorkspace.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'chapter5');
const IDS = ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8'].map((n) => `tabel-${n}`);

let db: Db;
beforeEach(async () => {
  db = await dutyWorkspace();
});
afterEach(() => db.close());

async function published() {
  const result = await chapter5Analyses(db, {
    listYear: 2024,
    lists: dutyLists(),
    options: DEFAULT_DUTY_OPTIONS,
    assumptions: DEFAULT_ASSUMPTIONS,
  });
  const audited = await protectAndAuditTables(result.tables, DEFAULT_DISCLOSURE_OPTIONS);
  expect(audited.audit.ok).toBe(true);
  return chapter5Report(
    {
      tables: result.tables,
      result,
      options: DEFAULT_DUTY_OPTIONS,
      manifest: { options: DEFAULT_DUTY_OPTIONS, listYears: [], unknownLists: [] },
    },
    { listYear: 2024, sourceDa: 'Kilde: syntetiske data.', synthetic: true },
    (id) => audited.tables.get(id) ?? [],
  );
}

describe('chapter 5 published through disclosure control (golden tables)', () => {
  it('every table of the catalogue has every cell, with the seed’s captions', async () => {
    const { tables } = await published();
    expect(tables.map((t) => t.id)).toEqual(IDS);
    expect(tables[0]?.titleDa).toBe(
      'Antal daginstitutioner fordelt på andelen af de indskrevne børn, som er bosat i et udsat boligområde 2021-2023',
    );
    expect(tables[3]?.rows.map((r) => r.labelDa)).toEqual([
      '2018/19',
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
    ]);
    expect(tables.every((t) => t.sourceDa === 'Kilde: syntetiske data.')).toBe(true);
  });

  it('suppresses the small language-test counts (1 or 2) and what would give them away, as the seed does', async () => {
    const { tables } = await published();
    const t56 = tables.find((t) => t.id === 'tabel-5.6');
    const at = (row: string, column: string) =>
      t56?.cells.find((c) => c.row === row && c.column === column)?.value;
    expect(at('ready', 'attempt1')?.kind).toBe('suppressed'); // 1 pupil
    // 3 not ready is no small count, but held (4) = ready + not ready would give the 1 away.
    expect(at('held', 'attempt1')).toEqual({ kind: 'value', value: 4 });
    expect(at('notReady', 'attempt1')).toMatchObject({ kind: 'suppressed', primaryOrSecondary: 'secondary' });
  });

  it('quotes the published cells in the text: a suppressed cell is "diskretioneret"', async () => {
    const { facts } = await published();
    const f = new Map(facts.map((x) => [x.key, x.textDa]));
    expect(f.get('boern.dagtilbud.kommuner')).toBe('den ene kommune');
    expect(f.get('skole.skoleaar')).toBe('2023/24');
    expect(f.get('sprog.0.elever')).toBe('4');
    expect(f.get('skole.fravaer.unikke.sidste')).toBe('diskretioneret');
    expect(f.get('skole.fravaer.unikke.forrige')).toBe('ukendt');
  });

  for (const id of IDS) {
    it(id, async () => {
      const { tables } = await published();
      const t = tables.find((x) => x.id === id);
      if (t === undefined) throw new Error(id);
      expectGolden(DIR, `${id}.csv`, tableCsv(t));
    });
  }
  it('has no orphan goldens', () =>
    expectNoOrphanGoldens(
      DIR,
      IDS.map((id) => `${id}.csv`),
    ));
});
