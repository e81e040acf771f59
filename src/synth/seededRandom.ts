/**
 * Deterministic pseudo-random numbers for the small, JavaScript-side parts of the generator (the area
 * catalogue): a SplitMix32-style hash of (seed, stream, index), so every draw is independent of call order.
 */
export function uniformFor(seed: number, stream: number, index: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream + 0x632be5ab, 0x85ebca6b) ^ (index + 1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97) >>> 0;
  h = (h ^ (h >>> 15)) >>> 0;
  return h / 4294967296;
}
