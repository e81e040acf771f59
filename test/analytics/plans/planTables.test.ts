import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/analytics/db.ts';
import { planAccountsOf } from '../../../src/analytics/plans/planAccounts.ts';
import { planMeasuredTables } from '../../../src/analytics/plans/planMeasuredTables.ts';
import { readPlanTables } from '../../../src/analytics/plans/readPlanTables.ts';
import { rational } from '../../../src/core/exact/rational.ts';
import type { AreaId } from '../../../src/core/model/ids.ts';
import type { OmdannelseListing } from '../../../src/core/plans/planModel.ts';
import type { PlanAccount } from '../../../src/core/plans/planAccount.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../../src/core/plans/planOptions.ts';
import { protectAndAuditTables } from '../../../src/disclosure/protectAndAuditTables.ts';
import { planFactsFrom } from '../../../src/views/report/planFacts.ts';
import { plansCatalogue, plansSourceDa } from '../../../src/views/report/plansCatalogue.ts';
import { reportTableFrom } from '../../../src/views/report/reportTableFrom.ts';
import { planWorkspace } from './planWorkspace.ts';

const onList = (area: AreaId): OmdannelseListing => (area === 'B' ? 'off' : 'on');

async function accountsOf(db: Db): Promise<PlanAccount[]> {
  const tables = await readPlanTables(db);
  if (tables.kind !== 'present') throw new Error('no plans');
  return planAccountsOf(tables, 2024, onList, DEFAULT_PLAN_OPTIONS);
}

describe('the plan areas’ accounts from the workspace', () => {
  let db: Db;
  beforeAll(async () => {
    db = await planWorkspace();
  });
  afterAll(() => db.close());

  it('reads the plans approved by 1 December and keeps each one’s latest accepted report', async () => {
    const accounts = await accountsOf(db);
    expect(accounts.map((a) => [a.plan.areaId, a.reportYear, a.status.kind])).toEqual([
      ['A', 2023, 'onTrack'],
      ['B', 2024, 'onTrack'],
    ]);
    expect(accounts[0]?.notCounted).toEqual([{ reportYear: 2024, status: 'not_accepted' }]);
    // B: 30 / (30 + 40 + 2250/75) = 30 pct. ≤ its 52.5 pct.
    expect(accounts[1]?.status).toMatchObject({ reasonDa: 'planlagt 30,0 pct. i 2030 ≤ 52,5 pct.' });
    expect(accounts[1]?.dutyDa).toContain('består');
  });

  it('without plan_reports every plan is unknown, saying so', async () => {
    const bare = await planWorkspace({ reports: false });
    try {
      const accounts = await accountsOf(bare);
      expect(accounts.map((a) => a.status)).toEqual([
        { kind: 'unknown', whyDa: 'leveringen indeholder ikke årsrapporterne (plan_reports)' },
        { kind: 'unknown', whyDa: 'leveringen indeholder ikke årsrapporterne (plan_reports)' },
      ]);
    } finally {
      bare.close();
    }
  });

  it('table 2.3 and section 2.5 through disclosure control: dwelling counts are published, small ones too', async () => {
    const accounts = await accountsOf(db);
    const m = planMeasuredTables(accounts);
    const protectedTables = await protectAndAuditTables(m.tables);
    expect(protectedTables.audit.ok).toBe(true);
    expect(protectedTables.decisions).toEqual([]);
    const specs = plansCatalogue({
      listYear: 2024,
      accounts,
      series: m.series,
      lastRealisedYear: m.totals.lastRealisedYear,
      sourceDa: plansSourceDa(2024),
      nameOf: (a) => `Område ${a}`,
    });
    const tables = specs.map((s) => reportTableFrom(s, protectedTables.tables.get(s.id) ?? []));
    const [t23, s25] = tables;
    const value = (t: typeof t23, row: string, column: string) =>
      t?.cells.find((c) => c.row === row && c.column === column)?.value;
    // start (90 + 100) / 200; 2019–2023 (80 + 95) / 200; 2024: A planned 40, B realised 95 → 135 / 200;
    // 2025–2030 and final (40 + 30) / 200.
    expect(t23?.rows.map((r) => r.labelDa)).toEqual([
      'Start',
      ...Array.from({ length: 12 }, (_, i) => String(2019 + i)),
      'Endelig andel',
    ]);
    expect(t23?.cells.map((c) => (c.value.kind === 'value' ? c.value.value : c.value.kind))).toEqual([
      95, 87.5, 87.5, 87.5, 87.5, 87.5, 67.5, 35, 35, 35, 35, 35, 35, 35,
    ]);
    expect(t23?.notesDa).toContain(
      'Der er taget udgangspunkt i årsrapporten for 2023 for Område A, da årsrapporten for 2024 ikke kan tages til efterretning.',
    );
    expect(t23?.sourceDa).toBe(
      'Social- og Boligstyrelsen på baggrund af godkendte udviklingsplaner og årlige afrapporteringer 2024.',
    );
    expect(s25?.columns.map((c) => c.labelDa)).toEqual([
      'Gennemført 2019-2024',
      'Planlagt 2025-2030',
      'I alt',
    ]);
    expect(value(s25, 'sold', 'realised')).toEqual({ kind: 'value', value: 2 });
    const grid = s25?.rows.map((r) =>
      ['realised', 'planned', 'total'].map((c) => {
        const v = value(s25, r.key, c);
        return v?.kind === 'value' ? v.value : null;
      }),
    );
    expect(grid).toEqual([
      [3, 0, 3],
      [2, 40, 42],
      [0, 40, 40],
      [5, 30, 35],
      [10, 25, 35],
    ]);
    const facts = new Map(
      planFactsFrom(
        specs.length > 0
          ? {
              listYear: 2024,
              accounts,
              series: m.series,
              lastRealisedYear: 2024,
              sourceDa: '',
              nameOf: String,
            }
          : null,
        tables,
      ).map((f) => [f.key, f.textDa]),
    );
    expect(facts.get('udviklingsplaner.antal')).toBe('2');
    expect(facts.get('udviklingsplaner.modtaget')).toBe('2');
    expect(facts.get('udviklingsplaner.ikke_godkendt.tekst')).toBe(
      'For en enkelt udviklingsplan kunne årsrapporten ikke tages til efterretning.',
    );
    expect(facts.get('udviklingsplaner.andel.start')).toBe('95 pct.');
    expect(facts.get('udviklingsplaner.andel.foerste')).toBe('88 pct.');
    expect(facts.get('udviklingsplaner.andel.seneste')).toBe('68 pct.');
    expect(facts.get('udviklingsplaner.andel.2030')).toBe('35 pct.');
    expect(facts.get('udviklingsplaner.nybyggeri.i_alt')).toBe('75');
    expect(facts.get('udviklingsplaner.nettotilvaekst')).toBe('5');
    expect(facts.get('udviklingsplaner.bygget.gennemfoert')).toBe('5');
    expect(facts.get('udviklingsplaner.tekst.gennemfoert')).toBe(
      'I perioden 2019-2024 har områderne samlet ommærket 3 familieboliger, solgt 2 familieboliger, bygget i alt ' +
        '5 boligenheder (heraf 5 erhvervsenheder) samt nedrevet 10 almene familieboliger. Disse tiltag har ' +
        'nedbragt andelen af almene familieboliger fra 95 pct. i 2018 til 68 pct. i 2024 for de 2 områder samlet.',
    );
  });

  it('without plans every number is unknown and the paragraphs are left out (the notices say why)', () => {
    const facts = planFactsFrom(null, []);
    const paragraphs = facts.filter((f) => f.key.startsWith('udviklingsplaner.tekst.'));
    expect(paragraphs.length).toBe(5);
    expect(new Set(paragraphs.map((f) => f.textDa))).toEqual(new Set(['']));
    const numbers = facts.filter((f) => !f.key.startsWith('udviklingsplaner.tekst.'));
    expect(numbers.length).toBeGreaterThan(10);
    expect(new Set(numbers.map((f) => f.textDa))).toEqual(new Set(['ukendt']));
  });

  it('the exact shares stay exact through the workspace: 2,250 m² is 30 dwellings', async () => {
    const accounts = await accountsOf(db);
    expect(accounts[1]?.projection?.sharePct).toEqual(rational(30n));
  });
});
