/**
 * A seeded stream of uniforms in [0, 1): SplitMix32 (a 32-bit state advanced by the golden-ratio increment,
 * then mixed). The same seed gives the same stream on every platform; core has no other generator and may
 * not import the synthetic generator's.
 */
export function seededUniform(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new Error(`seed is not an integer: ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    z = (z ^ (z >>> 16)) >>> 0;
    return z / 4294967296;
  };
}
