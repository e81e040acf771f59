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
  return reply.type(contentType).send(body.body);
}
