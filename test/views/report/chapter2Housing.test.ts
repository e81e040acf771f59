import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSING_OPTIONS } from '../../../src/core/housing/housingOptions.ts';
import type { Cell } from '../../../src/disclosure/cell.ts';
import {
  chapter2HousingCatalogue,
  type Chapter2HousingContext,
} from '../../../src/views/report/chapter2HousingCatalogue.ts';
import { chapter2HousingFactsFrom } from '../../../src/views/report/chapter2HousingFacts.ts';
import { reportTableFrom } from '../../../src/views/report/reportTableFrom.ts';

const CTX: Chapter2HousingContext = {
  listYear: 2024,
  lettingYear: 2024,
  udsatCount: 12,
  forebyggelseCount: 1,
  hasPlans: true,
  hasDwellingEvents: true,
  options: DEFAULT_HOUSING_OPTIONS,
  sourceDa: 'Kilde K',
};

const byId = (ctx: Chapter2HousingContext, id: string) => {
  const spec = chapter2HousingCatalogue(ctx).find((s) => s.id === id);
  if (spec === undefined) throw new Error(`no ${id}`);
  return spec;
};

describe('chapter 2.4 and 2.6 catalogue: the seed’s captions, notes and sources', () => {
  it('declares tabel-2.2, figur-2.4a, figur-2.4b and tabel-2.4 with the seed’s captions', () => {
    expect(chapter2HousingCatalogue(CTX).map((s) => s.id)).toEqual([
      'tabel-2.2',
      'figur-2.4a',
      'figur-2.4b',
      'tabel-2.4',
    ]);
    expect(byId(CTX, 'tabel-2.2').titleDa).toBe(
      'Udlejningsregler anvendt ved udlejning i 2024 fordelt på de fire områdekategorier',
    );
    expect(byId(CTX, 'figur-2.4a').titleDa).toBe(
      'Andelen af tilflyttede lejemål, hvor reglerne om fleksibel udlejning i de 12 udsatte boligområder er ' +
        'anvendt i perioden 2020-2024.',
    );
    expect(byId(CTX, 'figur-2.4b').titleDa).toContain('i det ene forebyggelsesområde er anvendt');
    expect(byId(CTX, 'tabel-2.4').titleDa).toBe(
      'Antal strategiske nedrivninger af boliger i de udsatte områder og forebyggelsesområderne 2018-2024',
    );
    expect(byId(CTX, 'tabel-2.4').notesDa[0]).toBe(
      'Denne opgørelse omfatter alle typer boliger og ikke kun familieboliger.',
    );
    expect(byId(CTX, 'tabel-2.2').notesDa[0]).toMatch(/^Kun familieboliger og enkeltværelser\. Genudlejede/);
    for (const s of chapter2HousingCatalogue(CTX)) expect(s.sourceDa).toBe('Kilde K');
  });

  it('rows and columns: the plan row only with plans; the vacancies of 1 January Y + 1; years 2018–Y and I alt', () => {
    expect(byId(CTX, 'tabel-2.2').rows.map((r) => r.key)).toEqual([
      'udsat',
      'parallelsamfund',
      'plan',
      'forebyggelse',
      'country',
    ]);
    expect(byId({ ...CTX, hasPlans: false }, 'tabel-2.2').rows.map((r) => r.key)).not.toContain('plan');
    expect(byId(CTX, 'tabel-2.2').columns.find((c) => c.key === 'vacant')?.labelDa).toBe(
      'Ledige boliger pr. 1. januar 2025',
    );
    expect(byId(CTX, 'tabel-2.4').rows.map((r) => r.labelDa)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      'I alt',
    ]);
    expect(byId(CTX, 'figur-2.4a').chart).toEqual({ kind: 'lines', yLabelDa: 'Pct.' });
  });

  it('names the options in the notes and says when the stock is as built', () => {
    expect(byId(CTX, 'tabel-2.4').notesDa.join(' ')).toContain('listen offentliggjort 1. december året før');
    const listYear = {
      ...CTX,
      options: { ...DEFAULT_HOUSING_OPTIONS, housingDemolitionList: 'listYear' as const },
    };
    expect(byId(listYear, 'tabel-2.4').notesDa.join(' ')).toContain('kategori pr. 1. december 2024');
    const letOnly = { ...CTX, options: { ...DEFAULT_HOUSING_OPTIONS, housingRelet: 'letOnly' as const } };
    expect(byId(letOnly, 'tabel-2.2').notesDa[0]).toContain(
      'ledige boliger, der ikke er udlejet, indgår ikke',
    );
    expect(byId({ ...CTX, hasDwellingEvents: false }, 'tabel-2.2').notesDa.join(' ')).toContain(
      'som de er opført',
    );
  });
});

describe('the facts of sections 2.4 and 2.6 quote the published cells', () => {
  it('tenancies and the vacancy rate in Danish, suppressed and missing said so', () => {
    const spec = byId(CTX, 'tabel-2.2');
    const cells: Cell[] = spec.rows.flatMap((r) =>
      spec.columns.map((c): Cell => {
        const unit = c.key === 'vacancyRate' ? 'pct' : 'count';
        if (r.key === 'udsat' && c.key === 'tenancies')
          return { row: r.key, column: c.key, unit, value: { kind: 'value', value: 11629 } };
        if (r.key === 'udsat' && c.key === 'vacancyRate')
          return { row: r.key, column: c.key, unit, value: { kind: 'value', value: 12.357 } };
        return {
          row: r.key,
          column: c.key,
          unit,
          value: { kind: 'missing', why: 'leveringen indeholder ikke lettings' },
        };
      }),
    );
    const facts = new Map(
      chapter2HousingFactsFrom(2024, [reportTableFrom(spec, cells)]).map((f) => [f.key, f.textDa]),
    );
    expect(facts.get('udlejning.udsatte.lejemaal')).toBe('11.629');
    expect(facts.get('udlejning.udsatte.lejeledighed')).toBe('12,4 pct.');
    expect(facts.get('udlejning.udsatte.genudlejet')).toBe('ukendt (leveringen indeholder ikke lettings)');
    expect(facts.get('udlejning.aar.naeste')).toBe('2025');
    // Table 2.4 not given: its facts are unknown, never 0.
    expect(facts.get('nedrivning.total')).toBe('ukendt');
  });

  it('an earlier letting year is named in the caption, the columns and a note', () => {
    const spec = byId({ ...CTX, lettingYear: 2023 }, 'tabel-2.2');
    expect(spec.titleDa).toContain('udlejning i 2023');
    expect(spec.columns.find((c) => c.key === 'vacant')?.labelDa).toBe('Ledige boliger pr. 1. januar 2024');
    expect(spec.notesDa[0]).toBe(
      'Leveringen indeholder ikke både udlejninger i 2024 og ledige boliger pr. 1. januar 2025: tabellen viser ' +
        '2023, det seneste år, leveringen dækker.',
    );
    expect(byId(CTX, 'tabel-2.2').notesDa.join(' ')).not.toContain('det seneste år');
  });
});
