import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../../src/web/data/siteData.ts';
import { buildServer } from '../../src/web/server/buildServer.ts';
import { apiExamplesFor } from '../../src/web/server/pageRoutes.tsx';
import { runCli } from '../cli/cliHarness.ts';

// Three hand-built runs of `lists` over two invented areas (figures 2022–2024):
// - Solbakken (101, 1,500 residents, 20 % non-western) meets all four udsat criteria in every year of
//   figures A (K1 60 > 40, K2 5.0 ≥ 2 × 1.0, K3 80 > 60, K4 40 < 55) and none in figures B (K1 10, K2 0.5,
//   K3 20, K4 90); Månebakken (751, 2,000 residents) meets none in either. By the 2021 rules Solbakken is
//   udsat on figures A and on no list on figures B; with 20 % non-western it is never a parallelsamfund
//   (> 50 % required) — but it is one in the scenario 2021-uden-etnisk, which removes that gate.
// - run 1: figures A, years 2023–2024, the law's rules;
// - run 2: figures B, year 2024, the law's rules, started after run 1: the site shows 2024 from it;
// - run 3: figures A, year 2024, the scenario 2021-uden-etnisk.

const HEADER =
  'year,area_id,name,municipality_code,residents,nonwestern_pct,k1_outside_pct,k2_convicted_pct,' +
  'k2_national_pct,k3_basic_pct,k4_income_pct,n_18_64,n_18_plus,n_30_59,n_income';
const MEETS = '20.0,60.0,5.0,1.0,80.0,40.0';
const MEETS_NONE = '20.0,10.0,0.5,1.0,20.0,90.0';
const figures = (solbakken: string): string =>
  [
    HEADER,
    ...[2022, 2023, 2024].flatMap((y) => [
      `${y},101-solbakken,Solbakken,101,1500,${solbakken},900,1100,600,800`,
      `${y},751-maanebakken,Månebakken,751,2000,${MEETS_NONE},1200,1500,800,1000`,
    ]),
  ].join('\n') + '\n';

let dir: string;
const out = { one: '', two: '', scenario: '' };
let data: SiteData;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'boligmonitor-runs-'));
  const a = join(dir, 'figures-a.csv');
  const b = join(dir, 'figures-b.csv');
  writeFileSync(a, figures(MEETS));
  writeFileSync(b, figures(MEETS_NONE));
  out.one = join(dir, 'run1');
  out.two = join(dir, 'run2');
  out.scenario = join(dir, 'scenario');
  const runs = [
    ['lists', '--figures', a, '--years', '2023-2024', '--out', out.one],
    ['lists', '--figures', b, '--years', '2024', '--out', out.two],
    [
      'lists',
      '--figures',
      a,
      '--years',
      '2024',
      '--ruleset',
      'examples/scenarios/2021-uden-etnisk.json',
      '--out',
      out.scenario,
    ],
  ];
  for (const args of runs) {
    const r = await runCli(args);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    // Start times one after another (the run id of `lists` is its start time).
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  // Given in another order than they ran: the order of --results does not decide.
  data = await loadSiteData([out.scenario, out.two, out.one]);
  app = await buildServer(data);
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });
const json = async <T>(url: string): Promise<T> => (await get(url)).json<T>();

interface ListAnswer {
  source: string;
  runId: string | null;
  ruleSet: { id: string } | null;
  scenario: { id: string; ruleSetId: string; labelDa: string; basedOn: string | null } | null;
  members: { areaId: string }[];
}

const LABEL = 'Scenarie: 2021-reglerne uden kriteriet om ikke-vestlig baggrund — ikke de officielle lister';

describe('serving several runs', () => {
  it('a year computed by two runs is shown from the later one; each other year from the run that has it', () => {
    const [scenarioRun] = data.scenarios.flatMap((s) => s.runs);
    const ids = data.runs.map((r) => r.runId);
    expect(ids).toHaveLength(2);
    const [newer, older] = ids as [string, string];
    expect(newer > older).toBe(true);
    expect(data.run.years).toEqual([2023, 2024]);
    expect(data.runOfYear.get(2023)?.runId).toBe(older);
    expect(data.runOfYear.get(2024)?.runId).toBe(newer);
    expect(data.runs.map((r) => r.shownYears)).toEqual([[2024], [2023]]);
    expect(scenarioRun?.shownYears).toEqual([2024]);
  });

  it('the API names the run of every computed year, and its lists are that run’s', async () => {
    const [newer, older] = data.runs.map((r) => r.runId);
    const years = await json<{ computed: { year: number; runId: string }[]; runs: { runId: string }[] }>(
      '/api/v1/years',
    );
    expect(years.computed.map((c) => [c.year, c.runId])).toEqual([
      [2023, older],
      [2024, newer],
    ]);
    const l2023 = await json<ListAnswer>('/api/v1/lists/2023/udsat');
    expect([l2023.source, l2023.runId, l2023.scenario]).toEqual(['computed', older, null]);
    expect(l2023.members.map((m) => m.areaId)).toEqual(['101-solbakken']);
    const l2024 = await json<ListAnswer>('/api/v1/lists/2024/udsat');
    expect([l2024.runId, l2024.members]).toEqual([newer, []]);
    const area = await json<{ years: { year: number; runId: string; lists: string[] }[] }>(
      '/api/v1/areas/101-solbakken',
    );
    expect(area.years.map((y) => [y.year, y.runId, y.lists])).toEqual([
      [2024, newer, []],
      [2023, older, ['udsat']],
    ]);
  });

  it('every page names its runs; a list page the run its year comes from', async () => {
    const [newer, older] = data.runs.map((r) => r.runId);
    const front = (await get('/')).body;
    expect(front).toContain(`kørsler ${newer} (2024), ${older} (2023)`);
    expect((await get('/lister/2023/udsat')).body).toContain(`kørsel <code>${older}</code>`);
    expect((await get('/lister/2024/udsat')).body).toContain(`kørsel <code>${newer}</code>`);
    const method = (await get('/metode')).body;
    expect(method).toContain('vises fra den seneste');
    expect(method).toContain(`<code>${older}</code>`);
  });

  it('the same run given twice, or only a scenario, is refused with the reason in Danish and English', async () => {
    await expect(loadSiteData([out.one, out.one])).rejects.toThrow(/angivet to gange .* given twice/);
    await expect(loadSiteData([out.scenario])).rejects.toThrow(
      /mindst én kørsel med lovens regelsæt .* at least one run with the rule sets of the law/,
    );
  });

  it('`serve` reads every --results it is given (the second one missing: exit 3, named)', async () => {
    const r = await runCli(['serve', '--results', out.one, '--results', join(dir, 'findes-ikke')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('findes-ikke: no such directory');
  });
});

describe('a scenario run served beside the law’s', () => {
  it('its lists are its own, labelled as the scenario with its rule set; the law’s lists stay the law’s', async () => {
    const sc = await json<ListAnswer>('/api/v1/scenarios/2021-uden-etnisk/lists/2024/parallelsamfund');
    expect(sc.source).toBe('scenario');
    expect(sc.ruleSet?.id).toBe('2021-uden-etnisk');
    expect(sc.scenario).toMatchObject({
      id: '2021-uden-etnisk',
      ruleSetId: '2021-uden-etnisk',
      basedOn: '2021',
    });
    expect(sc.scenario?.labelDa).toBe(LABEL);
    expect(sc.members.map((m) => m.areaId)).toEqual(['101-solbakken']);
    const law = await json<ListAnswer>('/api/v1/lists/2024/parallelsamfund');
    expect([law.source, law.scenario, law.ruleSet?.id, law.members]).toEqual(['computed', null, '2021', []]);
    const scenarios =
      await json<{ id: string; labelDa: string; years: { year: number }[] }[]>('/api/v1/scenarios');
    expect(scenarios.map((s) => [s.id, s.labelDa, s.years.map((y) => y.year)])).toEqual([
      ['2021-uden-etnisk', LABEL, [2024]],
    ]);
    const area = await json<{ scenario: { id: string } | null; years: { lists: string[] }[] }>(
      '/api/v1/scenarios/2021-uden-etnisk/areas/101-solbakken',
    );
    expect([area.scenario?.id, area.years[0]?.lists]).toEqual([
      '2021-uden-etnisk',
      ['udsat', 'parallelsamfund'],
    ]);
    const rules = await json<{ id: string; scenario: boolean }[]>('/api/v1/rulesets');
    expect(rules.filter((r) => r.scenario).map((r) => r.id)).toEqual(['2021-uden-etnisk']);
  });

  it('every page showing its lists carries the label; the law’s pages do not', async () => {
    for (const url of [
      '/scenarier/2021-uden-etnisk',
      '/scenarier/2021-uden-etnisk/lister/2024/parallelsamfund',
      '/scenarier/2021-uden-etnisk/omraader/101-solbakken',
      '/scenarier',
      '/lister',
      '/',
    ]) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.body, url).toContain(LABEL);
    }
    for (const url of ['/lister/2024/parallelsamfund', '/omraader/101-solbakken', '/kommuner/101']) {
      expect((await get(url)).body, url).not.toContain('Scenarie:');
    }
    // The scenario's page sets its counts beside the law's of the same year (2024 from run 2: none listed).
    const page = (await get('/scenarier/2021-uden-etnisk')).body;
    expect(page).toContain(
      'href="/scenarier/2021-uden-etnisk/lister/2024/parallelsamfund">Parallelsamfund</a> (1)',
    );
    expect(page).toContain('href="/lister/2024/parallelsamfund">Parallelsamfund</a> (0)');
    const csv = (await get('/scenarier/2021-uden-etnisk/lister/2024/parallelsamfund.csv')).body;
    expect(csv.split('\n').find((l) => l.includes('101-solbakken'))).toContain(',member,');
  });

  it('the API page shows the scenario’s example requests, each answered as documented', async () => {
    const examples = apiExamplesFor(data);
    expect(examples.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        '/api/v1/scenarios/2021-uden-etnisk/lists/2024/udsat',
        '/api/v1/scenarios/2021-uden-etnisk/areas/751-maanebakken',
      ]),
    );
    const page = (await get('/api')).body;
    for (const e of examples) {
      expect(page, e.path).toContain(e.path);
      expect((await get(e.path)).statusCode, e.path).toBe(e.status);
    }
  });

  it('an unknown scenario is a 404, a malformed one a 400, in the one error shape', async () => {
    const missing = await get('/api/v1/scenarios/findes-ikke/lists/2024');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({
      error: { code: 'not_found', message: 'no scenario findes-ikke lists for 2024', details: [] },
    });
    const bad = await get('/api/v1/scenarios/ikke_gyldig!/lists/2024');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string; details: { path: string }[] } }>().error.details[0]?.path).toBe(
      'params/scenario',
    );
    expect((await get('/scenarier/findes-ikke/lister/2024/udsat')).statusCode).toBe(404);
  });

  it('a scenario whose file cannot be found again is refused, naming it', async () => {
    const file = join(dir, 'egen.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'egen-k1-30',
        nameDa: 'K1 over 30 pct.',
        basedOn: '2021',
        description: 'K1 lowered to 30.',
        set: { 'udsat.K1': { threshold: 30 } },
      }),
    );
    const o = join(dir, 'egen');
    expect(
      (
        await runCli([
          'lists',
          '--figures',
          join(dir, 'figures-a.csv'),
          '--years',
          '2024',
          '--ruleset',
          file,
          '--out',
          o,
        ])
      ).code,
    ).toBe(0);
    const found = await loadSiteData([out.one, o]);
    expect(found.scenarios.map((s) => s.scenario?.labelDa)).toEqual([
      'Scenarie: K1 over 30 pct. — ikke de officielle lister',
    ]);
    writeFileSync(
      file,
      JSON.stringify({
        id: 'egen-k1-30',
        nameDa: 'x',
        basedOn: '2021',
        description: 'x',
        set: { 'udsat.K1': { threshold: 31 } },
      }),
    );
    await expect(loadSiteData([out.one, o])).rejects.toThrow(/scenariet egen-k1-30 kan ikke findes igen/);
  });
});
