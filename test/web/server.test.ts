import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/packageRoot.ts';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/web/server/buildServer.ts';
import { apiExamplesFor } from '../../src/web/server/pageRoutes.tsx';
import * as P from '../../src/web/api/apiPayloads.ts';
import { exampleSiteData, HOSTILE_NAME } from './fixtures/exampleSiteData.ts';

let app: FastifyInstance;
const data = exampleSiteData({ hostile: true });

beforeAll(async () => {
  app = await buildServer(data);
});
afterAll(async () => {
  await app.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

/** Every page type of the site, with a URL of each. */
const PAGES = [
  '/',
  '/lister',
  '/lister/2024/udsat',
  '/lister/2024/parallelsamfund',
  '/officielle-lister/2021/forebyggelse',
  '/omraader/101-enhjoerningeparken',
  '/officielle-omraader/101-mjoelnerparken',
  '/kommuner',
  '/kommuner/101',
  '/soeg?q=K%C3%B8benhavn',
  '/metode',
  '/api',
  '/tilgaengelighed',
];

describe('the site: every page type in Danish, with the security headers', () => {
  it.each(PAGES)('%s is a Danish HTML page with an ETag and a cache header', async (url) => {
    const r = await get(url);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body).toMatch(/^<!doctype html><html lang="da">/);
    expect(r.headers['cache-control']).toMatch(/max-age=/);
  });

  it('every response carries a CSP without inline script, HSTS, no referrer, nosniff and no framing', async () => {
    for (const url of ['/', '/api/v1/years', '/findes-ikke', '/static/dkfds/css/dkfds.min.css']) {
      const r = await get(url);
      const csp = String(r.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(csp, url).not.toContain('unsafe-eval');
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(r.headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
      expect(r.headers['referrer-policy'], url).toBe('no-referrer');
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('no page holds an inline script or an inline event handler (the CSP would block it)', async () => {
    for (const url of PAGES) {
      const body = (await get(url)).body;
      for (const m of body.matchAll(/<script\b([^>]*)>/g)) expect(m[1], url).toMatch(/src="\/static\//);
      expect(body, url).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('each rule’s paragraph links to its legal text, on the area page and the Metode page', async () => {
    // 2024 is decided by the 2021 rules: § 61 a is read in LBK nr. 1877 af 27. september 2021, § 61 b in lov
    // nr. 2157 af 27. november 2021, which introduced it (retsinformation's ELI addresses).
    const area = (await get('/omraader/101-enhjoerningeparken')).body;
    expect(area).toContain(
      '<a href="https://www.retsinformation.dk/eli/lta/2021/1877" class="legal-link" title="Bekendtgørelse af lov',
    );
    expect(area).toContain(
      'almenboligloven § 61 a, stk. 1, nr. 1</a> <span class="muted">(LBK nr. 1877 af 27. september 2021)',
    );
    expect(area).toMatch(
      /<a href="https:\/\/www\.retsinformation\.dk\/eli\/lta\/2021\/2157"[^>]*>almenboligloven § 61 b/,
    );
    const method = (await get('/metode')).body;
    for (const url of [
      'https://www.ft.dk/samling/20131/lovforslag/l45/20131_l45_som_fremsat.htm',
      'https://www.retsinformation.dk/eli/lta/2019/119',
      'https://www.retsinformation.dk/eli/lta/2018/1322',
      'https://www.retsinformation.dk/eli/lta/2021/2157',
      'https://www.retsinformation.dk/eli/lta/2021/1877',
    ])
      expect(method, url).toContain(`href="${url}"`);
    // The 2018 rules' udsat paragraph links to the consolidated act of 1 February 2019.
    expect(method).toMatch(
      /<a href="https:\/\/www\.retsinformation\.dk\/eli\/lta\/2019\/119"[^>]*>almenboligloven § 61 a, stk\. 1<\/a>/,
    );
    expect(method).toContain('Ingen lovtekst: kriterierne var ministerielle');
    // External links open in the same window: no target at all, so none without rel=noopener.
    for (const url of PAGES) expect((await get(url)).body, url).not.toMatch(/\starget=/);
  });

  it('errors are Danish pages with the status, never a stack trace', async () => {
    const notFound = await get('/omraader/findes-ikke');
    expect(notFound.statusCode).toBe(404);
    expect(notFound.body).toContain('Siden findes ikke');
    const bad = await get('/lister/abc/udsat');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Forkert forespørgsel');
    for (const r of [notFound, bad]) expect(r.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe('the front page map', () => {
  it('links each of the 98 municipalities to its page, with the attribution', async () => {
    const body = (await get('/')).body;
    expect((body.match(/<a href="\/kommuner\/\d{3}" aria-label=/g) ?? []).length).toBe(98);
    expect(body).toContain('Geodatastyrelsen');
  });
});

describe('search', () => {
  it('finds areas named on the official lists, with the years they are named', async () => {
    const r = (await get('/api/v1/search?q=mj%C3%B8lner')).json<{
      official: { name: string; municipalityCode: string; years: string }[];
    }>();
    expect(r.official).toContainEqual(
      expect.objectContaining({ name: 'Mjølnerparken', municipalityCode: '101' }),
    );
    const page = (await get('/soeg?q=Mj%C3%B8lnerparken')).body;
    expect(page).toContain('På de officielle lister');
    expect(page).toContain('href="/kommuner/101"');
  });
  it('finds the municipalities of a postcode and their areas', async () => {
    const r = (await get('/api/v1/search?q=2200')).json<{
      municipalities: { code: string; via?: string }[];
    }>();
    expect(r.municipalities.map((m) => m.code)).toContain('101');
  });
});

describe('hostile strings are rendered inert', () => {
  const inert = (body: string) => {
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('"onerror=');
    expect(body).not.toMatch(/\sonerror=/i);
  };
  it('an area named with markup shows as text on its page, the list, the municipality and the search', async () => {
    for (const url of [
      '/omraader/101-enhjoerningeparken',
      '/lister/2024/udsat',
      '/kommuner/101',
      '/soeg?q=101',
      '/',
    ]) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      inert(r.body);
    }
    expect((await get('/omraader/101-enhjoerningeparken')).body).toContain('&lt;script>alert(1)&lt;/script>');
  });
  it('a search string with markup is echoed as text', async () => {
    const r = await get(`/soeg?q=${encodeURIComponent('<script>alert(1)</script>"onerror=zz')}`);
    expect(r.statusCode).toBe(200);
    inert(r.body);
  });
  it('the API serves the name as JSON data, never as HTML', async () => {
    const r = await get('/api/v1/areas/101-enhjoerningeparken');
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json<{ name: string }>().name).toBe(HOSTILE_NAME);
  });
});

describe('the API at /api/v1', () => {
  const ENDPOINTS = [
    '/api/v1/years',
    '/api/v1/lists/2024',
    '/api/v1/lists/2024/udsat',
    '/api/v1/lists/2012/ghetto',
    '/api/v1/areas/101-enhjoerningeparken',
    '/api/v1/municipalities/101',
    '/api/v1/rulesets',
    '/api/v1/changes/2024',
  ];
  it.each(ENDPOINTS)('%s answers JSON with an ETag, a cache header and CORS for GET', async (url) => {
    const r = await get(url, { origin: 'https://example.org' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const etag = String(r.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await get(url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('a client that takes gzip gets the same body gzipped', async () => {
    const plain = await get('/api/v1/areas/101-enhjoerningeparken');
    const zipped = await get('/api/v1/areas/101-enhjoerningeparken', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    const refused = await get('/api/v1/areas/101-enhjoerningeparken', { 'accept-encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('the response schemas carry every field of the payloads (serialising drops nothing)', async () => {
    const cases: [string, unknown][] = [
      ['/api/v1/years', P.yearsPayload(data)],
      ['/api/v1/lists/2024', P.listsOfYearPayload(data, 2024)],
      ['/api/v1/lists/2012', P.listsOfYearPayload(data, 2012)],
      ['/api/v1/lists/2024/udsat', P.listPayload(data, 2024, 'udsat')],
      ['/api/v1/lists/2012/ghetto', P.listPayload(data, 2012, 'ghetto')],
      ['/api/v1/areas/101-enhjoerningeparken', P.areaPayload(data, '101-enhjoerningeparken')],
      ['/api/v1/municipalities/101', P.municipalityPayload(data, '101')],
      ['/api/v1/rulesets', P.ruleSetsPayload(data)],
      ['/api/v1/changes/2024', P.changesPayload(data, 2024)],
    ];
    for (const [url, payload] of cases) {
      expect((await get(url)).json(), url).toEqual(JSON.parse(JSON.stringify(payload)));
    }
  });

  it('a CORS preflight is answered for GET', async () => {
    const r = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/years',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
    });
    expect(r.statusCode).toBe(204);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(String(r.headers['access-control-allow-methods'])).toContain('GET');
  });

  it('every error has the one shape { error: { code, message, details } }', async () => {
    const cases: [string, number, string][] = [
      ['/api/v1/lists/abc', 400, 'bad_request'],
      ['/api/v1/lists/1999', 400, 'bad_request'],
      ['/api/v1/lists/2024/ghettoer', 400, 'bad_request'],
      ['/api/v1/areas/findes-ikke', 404, 'not_found'],
      ['/api/v1/areas/%3Cscript%3E', 400, 'bad_request'],
      ['/api/v1/municipalities/999', 404, 'not_found'],
      ['/api/v1/municipalities/1x1', 400, 'bad_request'],
      ['/api/v1/changes/2030', 404, 'not_found'],
      ['/api/v1/search?q=', 400, 'bad_request'],
      [`/api/v1/search?q=${'a'.repeat(101)}`, 400, 'bad_request'],
      ['/api/v1/search?q=a&q=b', 400, 'bad_request'],
      ['/api/v1/findes-ikke', 404, 'not_found'],
    ];
    for (const [url, status, code] of cases) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(status);
      const body = r.json<{ error: { code: string; message: string; details: unknown[] } }>();
      expect(Object.keys(body), url).toEqual(['error']);
      expect(Object.keys(body.error).sort(), url).toEqual(['code', 'details', 'message']);
      expect(body.error.code, url).toBe(code);
      expect(typeof body.error.message, url).toBe('string');
      expect(Array.isArray(body.error.details), url).toBe(true);
    }
    const bad = (await get('/api/v1/lists/abc')).json<{ error: { details: { path: string }[] } }>();
    expect(bad.error.details[0]?.path).toBe('params/year');
    const post = await app.inject({ method: 'POST', url: '/api/v1/years', payload: '{}' });
    expect(post.statusCode).toBe(405);
    expect(post.json<{ error: { code: string } }>().error.code).toBe('method_not_allowed');
  });

  it('the OpenAPI document is valid and has every API route', async () => {
    const doc = (await get('/api/v1/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(doc) as never);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/v1/areas/{id}',
        '/api/v1/changes/{year}',
        '/api/v1/lists/{year}',
        '/api/v1/lists/{year}/{list}',
        '/api/v1/municipalities/{code}',
        '/api/v1/official-areas/{id}',
        '/api/v1/rulesets',
        '/api/v1/scenarios',
        '/api/v1/scenarios/{scenario}/areas/{id}',
        '/api/v1/scenarios/{scenario}/changes/{year}',
        '/api/v1/scenarios/{scenario}/lists/{year}',
        '/api/v1/scenarios/{scenario}/lists/{year}/{list}',
        '/api/v1/search',
        '/api/v1/years',
      ].sort(),
    );
  });

  it('every example request on the API page is answered as documented', async () => {
    const examples = apiExamplesFor(data);
    const page = (await get('/api')).body;
    for (const e of examples) {
      expect(page, e.path).toContain(e.path.replaceAll('&', '&amp;'));
      const r = await get(e.path);
      expect(r.statusCode, e.path).toBe(e.status);
      expect(r.headers['content-type'], e.path).toBe('application/json; charset=utf-8');
    }
  });

  it('every example request in docs/web.md is answered with the status it shows', async () => {
    const doc = readFileSync(join(PACKAGE_ROOT, 'docs', 'web.md'), 'utf8');
    const examples = [...doc.matchAll(/^GET (\/api\/v1\/\S+)\s+(\d{3})\s/gm)].map(
      (m) => [m[1], Number(m[2])] as const,
    );
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const [path, status] of examples) {
      const r = await get(path as string);
      expect(r.statusCode, path).toBe(status);
      if (status >= 400) expect(Object.keys(r.json<object>()), path).toEqual(['error']);
    }
  });

  it('a list carries each member with every criterion, its exact value and the honest printed value', async () => {
    const r = (await get('/api/v1/lists/2024/udsat')).json<{
      members: { areaId: string; criteria: { kind: string; valueExact?: string; valueDa: string }[] }[];
      official: { completeness: string } | null;
    }>();
    expect(r.members.length).toBeGreaterThan(0);
    for (const m of r.members) {
      expect(m.criteria.length).toBeGreaterThanOrEqual(4);
      for (const c of m.criteria) if (c.kind === 'evaluated') expect(c.valueDa).toMatch(/^\d+(,\d+)?( ×)?$/);
    }
    expect(r.official?.completeness).toBe('partial');
  });
});

describe('unknown is never "no"', () => {
  it('a year neither computed nor in the history is unknown with the reason, on the page and in the API', async () => {
    const area = (await get('/api/v1/areas/101-enhjoerningeparken')).json<{
      timeline: {
        years: number[];
        lists: { list: string; memberships: { state: string; whyDa?: string }[] }[];
      };
    }>();
    const i = area.timeline.years.indexOf(2010);
    const ghetto = area.timeline.lists.find((l) => l.list === 'ghetto');
    expect(ghetto?.memberships[i]).toEqual({ state: 'unknown', whyDa: 'historik mangler for 2010' });
    const page = (await get('/omraader/101-enhjoerningeparken')).body;
    expect(page).toContain('ukendt: historik mangler for 2010');
  });
  it('an official area is named, absent from a complete list, or unknown on a partial one', async () => {
    const r = (await get('/api/v1/official-areas/101-mjoelnerparken')).json<{
      timeline: { years: number[]; rows: { list: string; cells: { state: string; whyDa?: string }[] }[] };
    }>();
    const cell = (list: string, year: number) =>
      r.timeline.rows.find((x) => x.list === list)?.cells[r.timeline.years.indexOf(year)];
    expect(cell('ghetto', 2018)).toEqual({ state: 'yes', source: 'history' });
    expect(cell('udsat', 2024)).toEqual({ state: 'unknown', whyDa: 'listen for 2024 er kun delvist kendt' });
    expect(cell('forebyggelse', 2010)).toEqual({ state: 'noList' });
    const page = (await get('/officielle-omraader/101-mjoelnerparken')).body;
    expect(page).toContain('ukendt: listen for 2024 er kun delvist kendt');
    expect((await get('/officielle-lister/2021/udsat')).body).toContain(
      'href="/officielle-omraader/101-mjoelnerparken"',
    );
  });

  it('a partial official list says so and does not call unnamed areas "not on the list"', async () => {
    const page = (await get('/officielle-lister/2021/forebyggelse')).body;
    expect(page).toContain('Kun delvist kendt');
    expect(page).toContain('status er ukendt');
    const api = (await get('/api/v1/lists/2021')).json<{ lists: { list: string; completeness: string }[] }>();
    expect(api.lists.every((l) => l.completeness === 'computed')).toBe(true);
    const official = (await get('/api/v1/years')).json<{
      official: { year: number; lists: { list: string; completeness: string }[] }[];
    }>();
    const fb2021 = official.official
      .find((y) => y.year === 2021)
      ?.lists.find((l) => l.list === 'forebyggelse');
    expect(fb2021?.completeness).toBe('partial');
  });
});

describe('requests that try to leave the site are rejected', () => {
  let base: { host: string; port: number };
  let served: FastifyInstance;
  beforeAll(async () => {
    served = await buildServer(data);
    await served.listen({ port: 0, host: '127.0.0.1' });
    const a = served.server.address() as AddressInfo;
    base = { host: '127.0.0.1', port: a.port };
  });
  afterAll(async () => {
    await served.close();
  });
  /** A raw request: the path is sent exactly as written (no client-side normalising of `..`). */
  const raw = (path: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = httpRequest({ ...base, path, method: 'GET' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it.each([
    '/static/dkfds/../../package.json',
    '/static/dkfds/../../../../etc/passwd',
    '/static/dkfds/%2e%2e/%2e%2e/package.json',
    '/static/dkfds/..%2f..%2fpackage.json',
    '/static/dkfds/css/..%5c..%5cpackage.json',
    '/download/..%2fmanifest.json',
    '/download/%2e%2e%2fpackage.json',
    '/omraader/%2e%2e',
    '/static/dkfds/package.json',
    '/static/dkfds/%00.css',
    '/static/%E0%A4%A',
  ])('%s is not served', async (path) => {
    const r = await raw(path);
    expect([400, 403, 404]).toContain(r.status);
    expect(r.body).not.toContain('"name": "boligmonitor"');
    expect(r.body).not.toContain('"name": "dkfds"');
    expect(r.body).not.toContain('root:');
  });

  it('an oversized request line is refused', async () => {
    const r = await raw(`/soeg?q=${'x'.repeat(3000)}`);
    expect(r.status).toBe(414);
  });

  it('the DKFDS files themselves are served', async () => {
    const r = await raw('/static/dkfds/css/dkfds.min.css');
    expect(r.status).toBe(200);
  });
});
