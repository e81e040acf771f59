/**
 * A spelling-independent key for an area name: lower case; æ → ae, ø → oe, å → aa, other diacritics dropped;
 * a trailing "mv." / "m.v." / "m.fl." (and others) removed; "&" read as "og"; punctuation removed; no spaces
 * around "/" and "-"; single spaces. "Nørager / Søstjernevej m.fl." and "Nørager/Søstjernevej mv." both give
 * "noerager/soestjernevej".
 */
export function normaliseAreaName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+(m\.?\s?v\.?|m\.?\s?fl\.?)\s*$/, '')
    .replace(/&/g, ' og ')
    .replace(/[^a-z0-9/-]+/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** URL- and file-safe form of a name for ids: `Mjølnerparken` → `mjoelnerparken`, `A/B` → `a-b`. */
export function slugOfAreaName(name: string): string {
  return normaliseAreaName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
