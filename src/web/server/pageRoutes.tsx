import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parse } from 'csv-parse/sync';
import type { VNode } from 'preact';
import type { Year } from '../../core/model/ids.ts';
import { LIST_IDS, LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import { BUILT_IN_RULE_SETS, defaultRuleSetForYear } from '../../core/rulesets/builtInRuleSets.ts';
import { municipalities, municipalityByCode } from '../../reference/municipalities.ts';
import { REFERENCE_DIR } from '../../reference/referenceDir.ts';
import { yearSpans } from '../../core/history/unknownMembershipText.ts';
import { legalTextsOf, type LegalText } from '../../reference/legalTexts.ts';
import { ruleSetDescriptionOf } from '../../views/ruleSetDescription.ts';
import { apiExamples } from '../api/apiExamples.ts';
import { municipalityPayload } from '../api/apiPayloads.ts';
import { AreaIdParam, MunicipalityParam, ScenarioParam, YearParam } from '../api/apiSchemas.ts';
import type { SiteData } from '../data/siteData.ts';
import {
  areaExplanations,
  areaSummaries,
  areaSummary,
  latestYear,
  listRows,
  listsOfRuleSet,
  listsOfYear,
  membershipTimeline,
  municipalityCounts,
  officialArea,
  officialList,
  search,
} from '../data/siteViews.ts';
import { AreaPage, type DevelopmentPlan } from '../pages/AreaPage.tsx';
import { ErrorPage } from '../pages/ErrorPage.tsx';
import { FrontPage } from '../pages/FrontPage.tsx';
import { AccessibilityPage, ApiDocsPage, MethodPage } from '../pages/InfoPages.tsx';
import { dateDa, type PageContext } from '../pages/Layout.tsx';
import { ListPage, ListsIndexPage, OfficialListPage } from '../pages/ListPages.tsx';
import { MunicipalitiesIndexPage, MunicipalityPage } from '../pages/MunicipalityPages.tsx';
import { OfficialAreaPage } from '../pages/OfficialAreaPage.tsx';
import { ScenarioPage, ScenariosIndexPage, type ScenarioSummary } from '../pages/ScenarioPages.tsx';
import { SearchPage } from '../pages/SearchPage.tsx';
import { renderPage } from './renderPage.ts';
import type { ResponseCache } from './responseCache.ts';
import { CACHE_CONTROL, CONTENT_TYPES, sendCached } from './sendCached.ts';

const hide = { hide: true } as const;
const LIST_FILE = new RegExp(`^(${LIST_IDS.join('|')})(\\.csv)?$`);

/** The municipality map's SVG markup, when a renderer provides one. */
export type MapRenderer = (counts: ReadonlyMap<string, number>, year: Year) => string | null;

export interface PageDeps {
  readonly data: SiteData;
  readonly cache: ResponseCache;
  readonly postcodes: Parameters<typeof search>[2];
  readonly map: MapRenderer;
}

export function pageContext(data: SiteData): PageContext {
  return {
    dataDate: dateDa(data.finishedAt),
    runId: data.runId,
    runs: data.runs.map((r) => ({
      runId: r.runId,
      yearsDa: r.shownYears.length === 0 ? 'ingen år vist' : yearSpans(r.shownYears),
    })),
    softwareVersion: data.softwareVersion,
    scenario: data.scenario === null ? null : { id: data.scenario.id, labelDa: data.scenario.labelDa },
  };
}

/** Where a data's own list and area pages live, and its answers in the API: the law's, or a scenario's. */
interface Addresses {
  readonly base: string;
  readonly api: string;
}
const LAW_ADDRESSES: Addresses = { base: '', api: '/api/v1' };
const scenarioAddresses = (id: string): Addresses => ({
  base: `/scenarier/${id}`,
  api: `/api/v1/scenarios/${id}`,
});

/** A scenario's data as its pages describe it. */
export function scenarioSummaryOf(sc: SiteData, law?: SiteData): ScenarioSummary {
  const info = sc.scenario as NonNullable<SiteData['scenario']>;
  return {
    id: info.id,
    nameDa: info.nameDa,
    labelDa: info.labelDa,
    description: info.description,
    basedOn: info.basedOn,
    sha256: info.sha256,
    runIds: sc.runs.map((r) => r.runId),
    years: sc.run.years.map((year) => ({
      year,
      lists: listsOfYear(sc, year).map((l) => ({ list: l.list, count: l.count })),
      ...(law !== undefined && law.run.years.includes(year)
        ? { lawLists: listsOfYear(law, year).map((l) => ({ list: l.list, count: l.count })) }
        : {}),
    })),
  };
}

/** The legal texts of a data's rule sets (a scenario's are those of the rule set it derives from). */
function legalTextsFor(data: SiteData): (ruleSetId: string) => readonly LegalText[] {
  return (id) => legalTextsOf(id, id === data.scenario?.id ? data.scenario.basedOn : null);
}

/** One computed list's page, or null when the year's rule set has no such list. */
function listPageOf(data: SiteData, year: Year, list: ListId, at: Addresses): VNode | null {
  const rs = data.run.ruleSets.get(year) ?? defaultRuleSetForYear(year);
  const rule = rs.lists.find((l) => l.list === list);
  if (rule === undefined) return null;
  // The list's own criteria and those of the lists it rests on (parallelsamfund on udsat, and so on).
  const chain: ListId[] = [];
  const walk = (l: ListId): void => {
    if (chain.includes(l)) return;
    chain.push(l);
    const r = rs.lists.find((x) => x.list === l);
    for (const dep of [...(r?.requires ?? []), ...(r?.persistence ? [r.persistence.of] : [])]) walk(dep);
  };
  walk(list);
  const criteria = chain.flatMap((l) => {
    const r = rs.lists.find((x) => x.list === l);
    return [...(r?.gates ?? []), ...(r?.group?.criteria ?? [])];
  });
  return (
    <ListPage
      ctx={pageContext(data)}
      year={year}
      list={list}
      ruleSetNameDa={rs.nameDa}
      legalRef={rule.legalRef}
      legalTexts={legalTextsFor(data)(rs.id)}
      descriptionDa={rule.descriptionDa}
      criteria={criteria}
      rows={listRows(data, year, list, true)}
      official={officialList(data, year, list)}
      otherLists={listsOfRuleSet(data, year).filter((l) => l !== list)}
      runId={data.runOfYear.get(year)?.runId ?? data.runId}
      base={at.base}
      apiHref={`${at.api}/lists/${year}/${list}`}
      runDownloads={data.scenario === null && data.downloads.size > 0}
    />
  );
}

/** A computed list as CSV (exact values). */
function listCsv(data: SiteData, year: Year, list: ListId): string {
  const rows = listRows(data, year, list, true);
  const ids = [...new Set(rows.flatMap((r) => r.criteria.map((c) => c.id)))];
  const header = ['year', 'list', 'area_id', 'name', 'municipality_code', 'residents', 'status', ...ids];
  const lines = rows.map((r) =>
    [
      String(year),
      list,
      r.areaId,
      r.name,
      r.municipalityCode,
      String(r.residents),
      r.member ? 'member' : r.uncertain ? 'uncertain' : 'not_member',
      ...ids.map((id) => {
        const c = r.criteria.find((x) => x.id === id);
        return c === undefined ? '' : c.kind === 'evaluated' ? c.valueExact : 'not_computable';
      }),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** An area's page, or null when the data does not know the area. */
function areaPageOf(
  data: SiteData,
  id: string,
  at: Addresses,
  plans: readonly { name: string; code: string; plan: DevelopmentPlan }[],
): VNode | null {
  const area = areaSummary(data, id);
  const explanations = areaExplanations(data, id);
  if (area === undefined || explanations === null) return null;
  const plan = plans.find((p) => p.code === area.municipalityCode && p.name === area.name)?.plan ?? null;
  return (
    <AreaPage
      ctx={pageContext(data)}
      area={area}
      explanations={explanations}
      timeline={membershipTimeline(data, area.areaId)}
      developmentPlan={plan}
      legalTexts={legalTextsFor(data)}
      runIdOfYear={(y) => data.runOfYear.get(y)?.runId ?? data.runId}
      ruleSetNameOfYear={(y) => data.run.ruleSets.get(y)?.nameDa ?? ''}
      apiHref={`${at.api}/areas/${encodeURIComponent(area.areaId)}`}
      timelineSourcesDa={timelineSourcesDa(data, membershipTimeline(data, area.areaId).years)}
    />
  );
}

/**
 * "2018–2024: beregnet af Boligmonitor (kørsel x). 2010–2017: de officielle lister, delvist kendte hvor
 * kilderne er det.": where each year of a timeline comes from.
 */
function timelineSourcesDa(data: SiteData, years: readonly Year[]): string {
  const computed = data.runs
    .filter((r) => r.shownYears.length > 0)
    .map(
      (r) =>
        `${yearSpans(r.shownYears)}: ${data.scenario === null ? 'beregnet af Boligmonitor' : 'beregnet i scenariet'} (kørsel ${r.runId})`,
    );
  const history = years.filter((y) => !data.run.years.includes(y));
  return (
    [
      ...computed,
      ...(history.length === 0
        ? []
        : [`${yearSpans(history)}: de officielle lister som historik, delvist kendte hvor kilderne er det`]),
    ].join('. ') + '.'
  );
}

/** The page for an error, in Danish. */
export function errorPageHtml(data: SiteData, status: number, message: string): string {
  return renderPage(<ErrorPage ctx={pageContext(data)} status={status} message={message} />);
}

function developmentPlans(): { name: string; code: string; plan: DevelopmentPlan }[] {
  const rows = parse(readFileSync(join(REFERENCE_DIR, 'official-lists', 'development_plans.csv'), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  return rows.map((r) => ({
    name: r.area_name ?? '',
    code: r.municipality_code ?? '',
    plan: {
      duty: r.development_plan_duty ?? '',
      actions: r.plan_actions_reported ?? '',
      sourceUrl: r.source_url ?? '',
    },
  }));
}

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function registerPageRoutes(app: FastifyInstance, deps: PageDeps): void {
  const { data, cache } = deps;
  const ctx = pageContext(data);
  const plans = developmentPlans();
  const last = latestYear(data);

  const page = (request: FastifyRequest, reply: FastifyReply, key: string, render: () => VNode | null) => {
    let missing = false;
    const body = cache.get(`page:${key}`, () => {
      const vnode = render();
      if (vnode === null) {
        missing = true;
        return '';
      }
      return renderPage(vnode);
    });
    if (missing || body.body === '') {
      return reply
        .code(404)
        .type(CONTENT_TYPES.html)
        .send(
          errorPageHtml(
            data,
            404,
            'Vi kan ikke finde det, du leder efter. Måske er området, kommunen eller året ikke med i beregningen.',
          ),
        );
    }
    return sendCached(request, reply, body, CONTENT_TYPES.html, CACHE_CONTROL.page);
  };
  const notFound = (reply: FastifyReply, message: string) =>
    reply
      .code(404)
      .type(CONTENT_TYPES.html)
      .send(errorPageHtml(data, 404, message));

  app.get('/', { schema: hide }, (req, reply) =>
    page(req, reply, '/', () => {
      // Areas on at least one list, per municipality (an area on two lists counts once).
      const counts = new Map<string, number>();
      for (const id of new Set(data.run.designations.filter((x) => x.year === last).map((x) => x.areaId))) {
        const a = areaSummary(data, id);
        if (a !== undefined) counts.set(a.municipalityCode, (counts.get(a.municipalityCode) ?? 0) + 1);
      }
      return (
        <FrontPage
          ctx={ctx}
          year={last}
          ruleSetNameDa={data.run.ruleSets.get(last)?.nameDa ?? ''}
          lists={listsOfYear(data, last)}
          municipalities={municipalityCounts(data, last)}
          mapSvg={deps.map(counts, last)}
          changes={data.run.changes
            .filter((c) => c.year === last && c.change !== 'stayed')
            .map((c) => ({
              areaId: c.areaId,
              name: c.name,
              listNameDa: LIST_NAMES_DA[c.list],
              change: c.change,
              reasonDa: c.textDa,
            }))}
          runId={data.runOfYear.get(last)?.runId ?? data.runId}
          scenarios={data.scenarios.map((sc) => ({
            id: sc.scenario?.id ?? '',
            labelDa: sc.scenario?.labelDa ?? '',
          }))}
          officialPartialYears={[
            ...new Set(data.official.lists.filter((l) => l.completeness === 'partial').map((l) => l.year)),
          ]}
        />
      );
    }),
  );

  app.get('/lister', { schema: hide }, (req, reply) =>
    page(req, reply, '/lister', () => (
      <ListsIndexPage
        ctx={ctx}
        computed={data.run.years.map((year) => ({
          year,
          ruleSetNameDa: data.run.ruleSets.get(year)?.nameDa ?? '',
          runId: data.runOfYear.get(year)?.runId ?? data.runId,
          lists: listsOfYear(data, year),
        }))}
        official={data.official.lists}
        scenarios={data.scenarios.map((sc) => ({
          id: sc.scenario?.id ?? '',
          labelDa: sc.scenario?.labelDa ?? '',
          years: sc.run.years,
        }))}
      />
    )),
  );

  app.get<{ Params: { year: number } }>(
    '/lister/:year',
    { schema: { ...hide, params: Type.Object({ year: YearParam }) } },
    (req, reply) => {
      const { year } = req.params;
      const first = data.run.years.includes(year)
        ? `/lister/${year}/${listsOfRuleSet(data, year)[0]}`
        : data.official.lists.some((l) => l.year === year)
          ? `/lister#aar-${year}`
          : null;
      if (first === null) return notFound(reply, `Der er ingen lister for ${year}.`);
      return reply.redirect(first, 302);
    },
  );

  app.get<{ Params: { year: number; list: string } }>(
    '/lister/:year/:list',
    {
      schema: {
        ...hide,
        params: Type.Object({ year: YearParam, list: Type.String({ pattern: LIST_FILE.source }) }),
      },
    },
    (req, reply) => {
      const { year } = req.params;
      const [, list, csv] = LIST_FILE.exec(req.params.list) as unknown as [
        string,
        ListId,
        string | undefined,
      ];
      if (!data.run.years.includes(year) || !listsOfRuleSet(data, year).includes(list)) {
        if (officialList(data, year, list) !== undefined)
          return reply.redirect(`/officielle-lister/${year}/${list}`, 302);
        return notFound(reply, `Boligmonitor har ikke beregnet denne liste for ${year}.`);
      }
      if (csv !== undefined) {
        const body = cache.get(`csv:${year}:${list}`, () => listCsv(data, year, list));
        reply.header('content-disposition', `attachment; filename="${list}-${year}.csv"`);
        return sendCached(req, reply, body, CONTENT_TYPES.csv, CACHE_CONTROL.download);
      }
      return page(req, reply, `/lister/${year}/${list}`, () => listPageOf(data, year, list, LAW_ADDRESSES));
    },
  );

  app.get<{ Params: { year: number; list: ListId } }>(
    '/officielle-lister/:year/:list',
    {
      schema: {
        ...hide,
        params: Type.Object({ year: YearParam, list: Type.String({ enum: [...LIST_IDS] }) }),
      },
    },
    (req, reply) =>
      page(req, reply, `/officielle-lister/${req.params.year}/${req.params.list}`, () => {
        const l = officialList(data, req.params.year, req.params.list);
        return l === undefined ? null : (
          <OfficialListPage
            ctx={ctx}
            list={l}
            computedYear={data.run.years.includes(l.year) && listsOfRuleSet(data, l.year).includes(l.list)}
          />
        );
      }),
  );

  app.get<{ Params: { id: string } }>(
    '/omraader/:id',
    { schema: { ...hide, params: Type.Object({ id: AreaIdParam }) } },
    (req, reply) =>
      page(req, reply, `/omraader/${req.params.id}`, () =>
        areaPageOf(data, req.params.id, LAW_ADDRESSES, plans),
      ),
  );

  app.get<{ Params: { id: string } }>(
    '/officielle-omraader/:id',
    { schema: { ...hide, params: Type.Object({ id: AreaIdParam }) } },
    (req, reply) =>
      page(req, reply, `/officielle-omraader/${req.params.id}`, () => {
        const area = officialArea(data, req.params.id);
        return area === null ? null : <OfficialAreaPage ctx={ctx} area={area} />;
      }),
  );

  app.get('/kommuner', { schema: hide }, (req, reply) =>
    page(req, reply, '/kommuner', () => {
      const withAreas = new Map(municipalityCounts(data, last).map((m) => [m.code, m]));
      const rows = municipalities().map(
        (m) => withAreas.get(m.code) ?? { code: m.code, name: m.name, areas: 0, listed: 0 },
      );
      return <MunicipalitiesIndexPage ctx={ctx} year={last} rows={rows} />;
    }),
  );

  app.get<{ Params: { code: string } }>(
    '/kommuner/:code',
    { schema: { ...hide, params: Type.Object({ code: MunicipalityParam }) } },
    (req, reply) =>
      page(req, reply, `/kommuner/${req.params.code}`, () => {
        const m = municipalityPayload(data, req.params.code);
        if (m === null) return null;
        return <MunicipalityPage ctx={ctx} {...m} />;
      }),
  );

  app.get<{ Querystring: { q?: string } }>(
    '/soeg',
    {
      schema: {
        ...hide,
        querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }),
      },
    },
    (req, reply) => {
      const hits = search(data, req.query.q ?? '', deps.postcodes);
      // One hit is where the user wants to go.
      if (hits.areas.length === 1 && hits.municipalities.length === 0 && hits.official.length === 0) {
        const only = hits.areas[0];
        if (only !== undefined) return reply.redirect(`/omraader/${encodeURIComponent(only.areaId)}`, 303);
      }
      return reply
        .header('cache-control', CACHE_CONTROL.page)
        .type(CONTENT_TYPES.html)
        .send(renderPage(<SearchPage ctx={ctx} hits={hits} />));
    },
  );

  // Scenario runs: their own addresses under /scenarier/<rule set id>, every page labelled as a scenario.
  const scenarioOf = (id: string): SiteData | undefined => data.scenarios.find((x) => x.scenario?.id === id);
  app.get('/scenarier', { schema: hide }, (req, reply) =>
    page(req, reply, '/scenarier', () => (
      <ScenariosIndexPage ctx={ctx} scenarios={data.scenarios.map((sc) => scenarioSummaryOf(sc))} />
    )),
  );
  app.get<{ Params: { scenario: string } }>(
    '/scenarier/:scenario',
    { schema: { ...hide, params: Type.Object({ scenario: ScenarioParam }) } },
    (req, reply) =>
      page(req, reply, `/scenarier/${req.params.scenario}`, () => {
        const sc = scenarioOf(req.params.scenario);
        return sc === undefined ? null : (
          <ScenarioPage ctx={pageContext(sc)} scenario={scenarioSummaryOf(sc, data)} />
        );
      }),
  );
  app.get<{ Params: { scenario: string; year: number; list: string } }>(
    '/scenarier/:scenario/lister/:year/:list',
    {
      schema: {
        ...hide,
        params: Type.Object({
          scenario: ScenarioParam,
          year: YearParam,
          list: Type.String({ pattern: LIST_FILE.source }),
        }),
      },
    },
    (req, reply) => {
      const { scenario, year } = req.params;
      const sc = scenarioOf(scenario);
      const [, list, csv] = LIST_FILE.exec(req.params.list) as unknown as [
        string,
        ListId,
        string | undefined,
      ];
      if (sc === undefined || !sc.run.years.includes(year) || !listsOfRuleSet(sc, year).includes(list))
        return notFound(reply, `Scenariet har ikke denne liste for ${year}.`);
      if (csv !== undefined) {
        const body = cache.get(`csv:${scenario}:${year}:${list}`, () => listCsv(sc, year, list));
        reply.header(
          'content-disposition',
          `attachment; filename="scenarie-${scenario}-${list}-${year}.csv"`,
        );
        return sendCached(req, reply, body, CONTENT_TYPES.csv, CACHE_CONTROL.download);
      }
      return page(req, reply, `/scenarier/${scenario}/lister/${year}/${list}`, () =>
        listPageOf(sc, year, list, scenarioAddresses(scenario)),
      );
    },
  );
  app.get<{ Params: { scenario: string; id: string } }>(
    '/scenarier/:scenario/omraader/:id',
    { schema: { ...hide, params: Type.Object({ scenario: ScenarioParam, id: AreaIdParam }) } },
    (req, reply) =>
      page(req, reply, `/scenarier/${req.params.scenario}/omraader/${req.params.id}`, () => {
        const sc = scenarioOf(req.params.scenario);
        return sc === undefined
          ? null
          : areaPageOf(sc, req.params.id, scenarioAddresses(req.params.scenario), plans);
      }),
  );

  app.get('/metode', { schema: hide }, (req, reply) =>
    page(req, reply, '/metode', () => (
      <MethodPage
        ctx={ctx}
        ruleSets={BUILT_IN_RULE_SETS.map((rs) => ruleSetDescriptionOf(rs, last))}
        scenarioRuleSets={data.scenarios.flatMap((sc) => {
          const rs = sc.run.ruleSets.get(sc.run.years[0] as Year);
          return rs === undefined ? [] : [ruleSetDescriptionOf(rs, last)];
        })}
        runs={[data, ...data.scenarios].flatMap((d) =>
          d.runs.map((r) => ({
            runId: r.runId,
            command: r.command,
            finishedAt: dateDa(r.finishedAt),
            shownYearsDa: r.shownYears.length === 0 ? 'ingen (senere kørsler)' : yearSpans(r.shownYears),
            scenarioDa: d.scenario?.labelDa ?? null,
          })),
        )}
        assumptions={data.assumptions}
        command={data.command}
      />
    )),
  );

  app.get('/api', { schema: hide }, (req, reply) =>
    page(req, reply, '/api', () => <ApiDocsPage ctx={ctx} examples={apiExamplesFor(data)} />),
  );

  app.get('/tilgaengelighed', { schema: hide }, (req, reply) =>
    page(req, reply, '/tilgaengelighed', () => <AccessibilityPage ctx={ctx} />),
  );

  const geojson = readFileSync(join(REFERENCE_DIR, 'geo', 'dk-municipalities.geojson'));
  const geojsonBody = { body: geojson, etag: `"geo-${geojson.length}"` };
  app.get<{ Params: { file: string } }>(
    '/download/:file',
    {
      schema: {
        ...hide,
        params: Type.Object({ file: Type.String({ pattern: '^[a-z]+\\.[a-z]+$', maxLength: 40 }) }),
      },
    },
    (req, reply) => {
      if (req.params.file === 'kommuner.geojson') {
        reply.header('content-disposition', 'attachment; filename="kommuner.geojson"');
        return sendCached(req, reply, geojsonBody, CONTENT_TYPES.geojson, CACHE_CONTROL.download);
      }
      const f = data.downloads.get(req.params.file);
      if (f === undefined) return notFound(reply, `Filen ${req.params.file} findes ikke.`);
      reply.header('content-disposition', `attachment; filename="${f.name}"`);
      return sendCached(req, reply, { body: f.bytes, etag: f.etag }, f.contentType, CACHE_CONTROL.download);
    },
  );
}

/** The API page's examples, filled from the served run (its latest year, an area, a municipality). */
export function apiExamplesFor(data: SiteData) {
  const area = areaSummaries(data)[0];
  const m = area === undefined ? undefined : municipalityByCode(area.municipalityCode);
  const sc = data.scenarios[0];
  const scYear = sc?.run.years[sc.run.years.length - 1];
  const scArea = sc === undefined ? undefined : areaSummaries(sc)[0];
  return apiExamples({
    year: String(latestYear(data)),
    area: area?.areaId ?? 'ukendt',
    municipality: area?.municipalityCode ?? '101',
    municipalityName: m?.name ?? 'København',
    ...(sc?.scenario != null && scYear !== undefined && scArea?.areaId === area?.areaId
      ? {
          scenario: sc.scenario.id,
          scenarioYear: String(scYear),
          scenarioList: listsOfRuleSet(sc, scYear)[0] ?? 'udsat',
        }
      : {}),
  });
}
