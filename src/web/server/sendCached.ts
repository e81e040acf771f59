import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedBody } from './responseCache.ts';

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
} as const;

/** How long clients and proxies may reuse an answer before revalidating it with its ETag. */
export const CACHE_CONTROL = {
  page: 'public, max-age=60, must-revalidate',
  api: 'public, max-age=300, must-revalidate',
  download: 'public, max-age=300, must-revalidate',
  immutable: 'public, max-age=31536000, immutable',
} as const;

/** Whether the client's `If-None-Match` names this ETag (a list, or `*`). */
export function etagMatches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  return header
    .split(',')
    .map((s) => s.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Sends a cached body with its ETag and cache header, or 304 when the client has it. */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  body: CachedBody | { readonly body: string | Buffer; readonly etag: string },
  contentType: string,
  cacheControl: string,
): FastifyReply {
  reply.header('etag', body.etag).header('cache-control', cacheControl).header('vary', 'accept-encoding');
  if (etagMatches(request, body.etag)) return reply.code(304).send();
  const gzip = 'gzip' in body ? body.gzip : undefined;
  if (gzip !== undefined && acceptsGzip(request)) {
    return reply.type(contentType).header('content-encoding', 'gzip').send(gzip);
  }
  return reply.type(contentType).send(body.body);
}

/** Whether the client takes gzip (`Accept-Encoding: gzip, br`; not `gzip;q=0`). */
function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    return (name === 'gzip' || name === '*') && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}
