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
import { ruleSetDescriptionOf } from '../../views/ruleSetDescription.ts';
import { apiExamples } from '../api/apiExamples.ts';
import { municipalityPayload } from '../api/apiPayloads.ts';
import { AreaIdParam, MunicipalityParam, YearParam } from '../api/apiSchemas.ts';
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
  return { dataDate: dateDa(data.finishedAt), runId: data.runId, softwareVersion: data.softwareVersion };
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
          lists: listsOfYear(data, year),
        }))}
        official={data.official.lists}
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
        const body = cache.get(`csv:${year}:${list}`, () => {
          const rows = listRows(data, year, list, true);
          const ids = [...new Set(rows.flatMap((r) => r.criteria.map((c) => c.id)))];
          const header = [
            'year',
            'list',
            'area_id',
            'name',
            'municipality_code',
            'residents',
            'status',
            ...ids,
          ];
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
        });
        reply.header('content-disposition', `attachment; filename="${list}-${year}.csv"`);
        return sendCached(req, reply, body, CONTENT_TYPES.csv, CACHE_CONTROL.download);
      }
      return page(req, reply, `/lister/${year}/${list}`, () => {
        const rs = data.run.ruleSets.get(year) ?? defaultRuleSetForYear(year);
        const rule = rs.lists.find((l) => l.list === list);
        if (rule === undefined) return null;
        // The list's own criteria and those of the lists it rests on (parallelsamfund on udsat, and so on).
        const chain: ListId[] = [];
        const walk = (l: ListId): void => {
          if (chain.includes(l)) return;
          chain.push(l);
          const r = rs.lists.find((x) => x.list === l);
          for (const dep of [...(r?.requires ?? []), ...(r?.persistence ? [r.persistence.of] : [])])
            walk(dep);
        };
        walk(list);
        const criteria = chain.flatMap((l) => {
          const r = rs.lists.find((x) => x.list === l);
          return [...(r?.gates ?? []), ...(r?.group?.criteria ?? [])];
        });
        return (
          <ListPage
            ctx={ctx}
            year={year}
            list={list}
            ruleSetNameDa={rs.nameDa}
            legalRef={rule.legalRef}
            descriptionDa={rule.descriptionDa}
            criteria={criteria}
            rows={listRows(data, year, list, true)}
            official={officialList(data, year, list)}
            otherLists={listsOfRuleSet(data, year).filter((l) => l !== list)}
          />
        );
      });
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
      page(req, reply, `/omraader/${req.params.id}`, () => {
        const area = areaSummary(data, req.params.id);
        const explanations = areaExplanations(data, req.params.id);
        if (area === undefined || explanations === null) return null;
        const plan =
          plans.find((p) => p.code === area.municipalityCode && p.name === area.name)?.plan ?? null;
        return (
          <AreaPage
            ctx={ctx}
            area={area}
            explanations={explanations}
            timeline={membershipTimeline(data, area.areaId)}
            developmentPlan={plan}
          />
        );
      }),
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

  app.get('/metode', { schema: hide }, (req, reply) =>
    page(req, reply, '/metode', () => (
      <MethodPage
        ctx={ctx}
        ruleSets={BUILT_IN_RULE_SETS.map((rs) => ruleSetDescriptionOf(rs, last))}
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
  return apiExamples({
    year: String(latestYear(data)),
    area: area?.areaId ?? 'ukendt',
    municipality: area?.municipalityCode ?? '101',
    municipalityName: m?.name ?? 'København',
  });
}
