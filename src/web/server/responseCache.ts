import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A rendered response body with its strong ETag, and gzipped once when that is worth it. */
export interface CachedBody {
  readonly body: string;
  readonly etag: string;
  readonly gzip?: Buffer;
}

/** Bodies below this size are sent as they are. */
const GZIP_FROM_BYTES = 1024;

/**
 * Bodies rendered once per URL: the served run does not change while the server runs, so a page or an API
 * answer is the same every time. Bounded: beyond `max` entries the oldest is dropped.
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedBody>();
  constructor(private readonly max: number) {}

  get(key: string, render: () => string): CachedBody {
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const body = render();
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const entry: CachedBody =
      Buffer.byteLength(body) >= GZIP_FROM_BYTES
        ? { body, etag, gzip: gzipSync(body, { level: 6 }) }
        : { body, etag };
    if (this.#entries.size >= this.max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, entry);
    return entry;
  }
}
