import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { apiError, registerApiRoutes } from '../api/apiRoutes.ts';
import { SHARED_SCHEMAS } from '../api/apiSchemas.ts';
import { postcodesFromReference } from '../data/postcodes.ts';
import type { SiteData } from '../data/siteData.ts';
import { ASSET_PATHS } from '../static/assetPaths.ts';
import { SITE_CSS } from '../static/siteCss.ts';
import { SITE_JS } from '../static/siteJs.ts';
import { dkfdsDist } from './dkfdsDist.ts';
import { errorPageHtml, registerPageRoutes, type MapRenderer } from './pageRoutes.tsx';
import { municipalityMap } from './municipalityMap.ts';
import { ResponseCache } from './responseCache.ts';
import { SECURITY_HEADERS } from './securityHeaders.ts';
import { CACHE_CONTROL, CONTENT_TYPES, sendCached } from './sendCached.ts';

export interface ServerOptions {
  /** Log requests (the `serve` command); tests leave it off. */
  readonly logger?: boolean;
  /** The municipality map; default the choropleth of the areas on a list per municipality. */
  readonly map?: MapRenderer;
}

/** The longest request line accepted (path and query); longer is a 414. */
export const MAX_URL_LENGTH = 2048;

/**
 * The web site and API for one served run. Only GET and HEAD (and OPTIONS for the API's CORS) are answered;
 * every response carries the security headers; the API answers errors in one JSON shape, the pages in Danish
 * HTML, never with a stack trace. Files are served only from DKFDS's dist folder and the run's own outputs.
 */
export async function buildServer(data: SiteData, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === true,
    bodyLimit: 1024,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 120, caseSensitive: true, ignoreTrailingSlash: true },
  });
  const cache = new ResponseCache(2000);
  const postcodes = postcodesFromReference();
  const isApi = (url: string): boolean => url.startsWith('/api/');

  for (const s of SHARED_SCHEMAS) app.addSchema(s);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Boligmonitor API',
        version: '1',
        description:
          "Denmark's public-housing area lists (udsatte boligområder, parallelsamfund, omdannelses- og " +
          'forebyggelsesområder) as computed by Boligmonitor, with the official lists 2010–2024 (partial where ' +
          'the public record is), and scenario runs under /api/v1/scenarios, labelled as scenarios (never the ' +
          'official lists). Errors: { error: { code, message, details } }.',
      },
      tags: [{ name: 'lists' }, { name: 'areas' }, { name: 'rules' }, { name: 'scenarios' }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });

  app.addHook('onRequest', async (request, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (isApi(request.url)) {
      reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', 'ETag');
      reply.header('cross-origin-resource-policy', 'cross-origin');
    } else {
      reply.header('cross-origin-resource-policy', 'same-origin');
    }
    const url = request.url;
    if (url.length > MAX_URL_LENGTH) {
      return sendError(request.url, reply.code(414), 'uri_too_long', 'The request line is too long.');
    }
    // No path may step out of the site's folders: reject dot segments and encoded slashes or NULs outright.
    const path = url.split('?')[0] ?? '';
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return sendError(url, reply.code(400), 'bad_request', 'The path is not valid URL encoding.');
    }
    if (
      /(^|\/)\.\.?(\/|$)/.test(decoded) ||
      /%2f|%5c|%00/i.test(path) ||
      decoded.includes('\\') ||
      decoded.includes('\0')
    ) {
      return sendError(url, reply.code(400), 'bad_request', 'The path is not allowed.');
    }
    if (
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      !(request.method === 'OPTIONS' && isApi(url))
    ) {
      reply.header('allow', 'GET, HEAD');
      return sendError(url, reply.code(405), 'method_not_allowed', `${request.method} is not allowed.`);
    }
    return undefined;
  });

  function sendError(
    url: string,
    reply: FastifyReply,
    code: string,
    message: string,
    details: { path: string; message: string }[] = [],
  ) {
    if (isApi(url)) return reply.type(CONTENT_TYPES.json).send(apiError(code, message, details));
    return reply
      .type(CONTENT_TYPES.html)
      .send(errorPageHtml(data, reply.statusCode, danish(reply.statusCode)));
  }
  const danish = (status: number): string =>
    status === 404
      ? 'Vi kan ikke finde det, du leder efter. Måske er området, kommunen eller året ikke med i beregningen.'
      : status === 400
        ? 'Adressen eller søgningen er ugyldig. Tjek år, liste eller søgetekst.'
        : status === 405
          ? 'Siden kan kun læses.'
          : status === 414
            ? 'Adressen er for lang.'
            : 'Der opstod en fejl. Prøv igen senere.';

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation !== undefined) {
      const details = error.validation.map((v) => ({
        path: `${error.validationContext ?? ''}${v.instancePath}`,
        message: v.message ?? 'invalid',
      }));
      return sendError(request.url, reply.code(400), 'bad_request', 'The request is not valid.', details);
    }
    const status =
      error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    if (status === 500) request.log.error(error);
    return sendError(
      request.url,
      reply.code(status),
      status === 500 ? 'internal' : 'bad_request',
      status === 500 ? 'Internal error.' : error.message,
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(request.url, reply.code(404), 'not_found', `No such resource: ${request.url.split('?')[0]}`),
  );

  app.options('/api/*', { schema: { hide: true } }, (_req, reply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', 'If-None-Match')
      .header('access-control-max-age', '86400')
      .send(),
  );

  registerApiRoutes(app, data, cache, postcodes);
  registerPageRoutes(app, { data, cache, postcodes, map: opts.map ?? municipalityMap });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, (req, reply) => {
    const body = cache.get('openapi', () => JSON.stringify(app.swagger()));
    return sendCached(req, reply, body, CONTENT_TYPES.json, CACHE_CONTROL.api);
  });

  const css = cache.get('site.css', () => SITE_CSS);
  const js = cache.get('site.js', () => SITE_JS);
  app.get(ASSET_PATHS.siteCss, { schema: { hide: true } }, (req, reply) =>
    sendCached(req, reply, css, 'text/css; charset=utf-8', CACHE_CONTROL.immutable),
  );
  app.get(ASSET_PATHS.siteJs, { schema: { hide: true } }, (req, reply) =>
    sendCached(req, reply, js, 'text/javascript; charset=utf-8', CACHE_CONTROL.immutable),
  );
  await app.register(fastifyStatic, {
    root: dkfdsDist().dir,
    prefix: '/static/dkfds/',
    index: false,
    list: false,
    dotfiles: 'deny',
    maxAge: '1d',
    schemaHide: true,
    allowedPath: (pathName) => /^\/(css|js|fonts|img)\//.test(pathName) && !pathName.includes('..'),
  });
  return app;
}
