import { createHash } from 'node:crypto';

/** A rendered response body with its strong ETag. */
export interface CachedBody {
  readonly body: string;
  readonly etag: string;
}

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
    const entry = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    if (this.#entries.size >= this.max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, entry);
    return entry;
  }
}
