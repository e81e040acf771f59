import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ListId } from '../../core/model/lists.ts';
import type { SiteData } from '../data/siteData.ts';
import { officialArea, search } from '../data/siteViews.ts';
import type { ResponseCache } from '../server/responseCache.ts';
import { CACHE_CONTROL, CONTENT_TYPES, sendCached } from '../server/sendCached.ts';
import {
  areaPayload,
  changesPayload,
  listPayload,
  listsOfYearPayload,
  municipalityPayload,
  ruleSetsPayload,
  scenariosPayload,
  yearsPayload,
} from './apiPayloads.ts';
import {
  AreaIdParam,
  AreaResponse,
  ChangesResponse,
  ListParam,
  ListResponse,
  ListsOfYearResponse,
  MunicipalityParam,
  MunicipalityResponse,
  OfficialAreaResponse,
  RuleSetsResponse,
  ScenarioParam,
  ScenariosResponse,
  SearchResponse,
  YearParam,
  YearsResponse,
} from './apiSchemas.ts';

/** The one error body of the API. */
export function apiError(
  code: string,
  message: string,
  details: readonly { path: string; message: string }[] = [],
): { error: { code: string; message: string; details: readonly { path: string; message: string }[] } } {
  return { error: { code, message, details } };
}

const errors = { 400: Type.Ref('Error'), 404: Type.Ref('Error') };

function route(tags: string, summary: string, response: TSchema, extra: Record<string, unknown> = {}) {
  return { schema: { tags: [tags], summary, response: { 200: response, ...errors }, ...extra } };
}

/**
 * The API under /api/v1: JSON from the served run, every input validated by its route schema, every answer
 * with an ETag and a cache header, open to every origin for GET (CORS).
 */
export function registerApiRoutes(
  app: FastifyInstance,
  data: SiteData,
  cache: ResponseCache,
  postcodes: Parameters<typeof search>[2],
): void {
  /** Answers with a payload (serialised by the route's schema, once per URL), or 404 when it is null. */
  const answer = (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: () => unknown,
    notFound: string,
  ): FastifyReply => {
    let missing = false;
    const body = cache.get(`api:${request.routeOptions.url ?? ''}:${JSON.stringify(request.params)}`, () => {
      const p = payload();
      if (p === null) {
        missing = true;
        return '';
      }
      return reply.serialize(p) as string;
    });
    if (missing || body.body === '') {
      return reply.code(404).type(CONTENT_TYPES.json).send(apiError('not_found', notFound));
    }
    return sendCached(request, reply, body, CONTENT_TYPES.json, CACHE_CONTROL.api);
  };

  app.get(
    '/api/v1/years',
    route('lists', 'The computed years of the run and the years of the official lists', YearsResponse),
    (req, reply) => answer(req, reply, () => yearsPayload(data), ''),
  );
  app.get<{ Params: { year: number } }>(
    '/api/v1/lists/:year',
    route('lists', "A year's lists with their counts", ListsOfYearResponse, {
      params: Type.Object({ year: YearParam }),
    }),
    (req, reply) =>
      answer(req, reply, () => listsOfYearPayload(data, req.params.year), `no lists for ${req.params.year}`),
  );
  app.get<{ Params: { year: number; list: ListId } }>(
    '/api/v1/lists/:year/:list',
    route('lists', 'One list: its areas with every criterion, or the official list', ListResponse, {
      params: Type.Object({ year: YearParam, list: ListParam }),
    }),
    (req, reply) =>
      answer(
        req,
        reply,
        () => listPayload(data, req.params.year, req.params.list),
        `no ${req.params.list} list for ${req.params.year}`,
      ),
  );
  app.get<{ Params: { id: string } }>(
    '/api/v1/areas/:id',
    route('areas', 'One area: membership year by year, criteria and changes', AreaResponse, {
      params: Type.Object({ id: AreaIdParam }),
    }),
    (req, reply) =>
      answer(req, reply, () => areaPayload(data, req.params.id), `unknown area: ${req.params.id}`),
  );
  app.get<{ Params: { id: string } }>(
    '/api/v1/official-areas/:id',
    route(
      'areas',
      'An area of the official lists 2010–2024: named, absent or unknown each year',
      OfficialAreaResponse,
      {
        params: Type.Object({ id: AreaIdParam }),
      },
    ),
    (req, reply) =>
      answer(req, reply, () => officialArea(data, req.params.id), `unknown official area: ${req.params.id}`),
  );
  app.get<{ Params: { code: string } }>(
    '/api/v1/municipalities/:code',
    route('areas', 'One municipality: its areas and their lists', MunicipalityResponse, {
      params: Type.Object({ code: MunicipalityParam }),
    }),
    (req, reply) =>
      answer(
        req,
        reply,
        () => municipalityPayload(data, req.params.code),
        `unknown municipality: ${req.params.code}`,
      ),
  );
  app.get(
    '/api/v1/rulesets',
    route('rules', 'The rule sets of the law with their criteria and legal references', RuleSetsResponse),
    (req, reply) => answer(req, reply, () => ruleSetsPayload(data), ''),
  );
  app.get<{ Params: { year: number } }>(
    '/api/v1/changes/:year',
    route('lists', "A year's changes with their reasons", ChangesResponse, {
      params: Type.Object({ year: YearParam }),
    }),
    (req, reply) =>
      answer(
        req,
        reply,
        () => changesPayload(data, req.params.year),
        `no computed changes for ${req.params.year}`,
      ),
  );

  // Scenario runs: the same answers from a scenario's data, each labelled with the scenario and its rule set.
  const scenarioOf = (id: string): SiteData | undefined => data.scenarios.find((x) => x.scenario?.id === id);
  const inScenario = <T>(id: string, payload: (d: SiteData) => T | null): T | null => {
    const sc = scenarioOf(id);
    return sc === undefined ? null : payload(sc);
  };
  app.get(
    '/api/v1/scenarios',
    route(
      'scenarios',
      'The scenarios served beside the law’s lists: rule set, runs, years (never the official lists)',
      ScenariosResponse,
    ),
    (req, reply) => answer(req, reply, () => scenariosPayload(data), ''),
  );
  app.get<{ Params: { scenario: string; year: number } }>(
    '/api/v1/scenarios/:scenario/lists/:year',
    route('scenarios', "A scenario's lists of a year with their counts", ListsOfYearResponse, {
      params: Type.Object({ scenario: ScenarioParam, year: YearParam }),
    }),
    (req, reply) =>
      answer(
        req,
        reply,
        () => inScenario(req.params.scenario, (d) => listsOfYearPayload(d, req.params.year)),
        `no scenario ${req.params.scenario} lists for ${req.params.year}`,
      ),
  );
  app.get<{ Params: { scenario: string; year: number; list: ListId } }>(
    '/api/v1/scenarios/:scenario/lists/:year/:list',
    route('scenarios', "One of a scenario's lists: its areas with every criterion", ListResponse, {
      params: Type.Object({ scenario: ScenarioParam, year: YearParam, list: ListParam }),
    }),
    (req, reply) =>
      answer(
        req,
        reply,
        () => inScenario(req.params.scenario, (d) => listPayload(d, req.params.year, req.params.list)),
        `no scenario ${req.params.scenario} ${req.params.list} list for ${req.params.year}`,
      ),
  );
  app.get<{ Params: { scenario: string; id: string } }>(
    '/api/v1/scenarios/:scenario/areas/:id',
    route('scenarios', 'One area under a scenario: membership, criteria and changes', AreaResponse, {
      params: Type.Object({ scenario: ScenarioParam, id: AreaIdParam }),
    }),
    (req, reply) =>
      answer(
        req,
        reply,
        () => inScenario(req.params.scenario, (d) => areaPayload(d, req.params.id)),
        `unknown area in scenario ${req.params.scenario}: ${req.params.id}`,
      ),
  );
  app.get<{ Params: { scenario: string; year: number } }>(
    '/api/v1/scenarios/:scenario/changes/:year',
    route('scenarios', "A scenario's changes of a year with their reasons", ChangesResponse, {
      params: Type.Object({ scenario: ScenarioParam, year: YearParam }),
    }),
    (req, reply) =>
      answer(
        req,
        reply,
        () => inScenario(req.params.scenario, (d) => changesPayload(d, req.params.year)),
        `no computed changes for ${req.params.year} in scenario ${req.params.scenario}`,
      ),
  );
  app.get<{ Querystring: { q: string } }>(
    '/api/v1/search',
    route('areas', 'Areas by name, municipalities by name, code or postcode', SearchResponse, {
      querystring: Type.Object(
        { q: Type.String({ minLength: 1, maxLength: 100 }) },
        { additionalProperties: false },
      ),
    }),
    (req, reply) => {
      const body = reply.serialize(search(data, req.query.q, postcodes)) as string;
      return reply.header('cache-control', CACHE_CONTROL.api).type(CONTENT_TYPES.json).send(body);
    },
  );
}
