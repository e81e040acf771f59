/** The origin groups the generator draws; `danish` is ie_type 1, the others are immigrants or descendants. */
export const ORIGIN_GROUPS = ['danish', 'western', 'menapt', 'other_nonwestern'] as const;
export type OriginGroup = (typeof ORIGIN_GROUPS)[number];

/**
 * Countries of origin within each group, as real DST 4-digit codes (reference/dst-country-codes.csv) with
 * relative weights approximating the composition of immigrants and descendants in Denmark (StatBank FOLK1A by
 * country of origin, rounded). A small share of unknown/stateless origin is included: by default it counts as
 * non-western (domain.md §4).
 */
export const ORIGIN_COUNTRIES: Readonly<
  Record<Exclude<OriginGroup, 'danish'>, readonly (readonly [string, number])[]>
> = {
  western: [
    ['5154', 22], // Polen
    ['5158', 14], // Rumænien
    ['5180', 14], // Tyskland
    ['5120', 8], // Sverige
    ['5110', 7], // Norge
    ['5170', 7], // Storbritannien
    ['5611', 6], // Litauen
    ['5128', 5], // Bulgarien
    ['5150', 4], // Italien
    ['5164', 4], // Spanien
    ['5140', 3], // Nederlandene
    ['5130', 3], // Frankrig
    ['5390', 3], // USA
  ],
  menapt: [
    ['5172', 22], // Tyrkiet
    ['5486', 20], // Syrien
    ['5436', 14], // Irak
    ['5456', 8], // Libanon
    ['5473', 4], // Palæstina
    ['5289', 10], // Somalia
    ['5472', 7], // Pakistan
    ['5404', 8], // Afghanistan
    ['5438', 7], // Iran
    ['5244', 3], // Marokko
  ],
  other_nonwestern: [
    ['5704', 12], // Ukraine
    ['5754', 10], // Bosnien-Hercegovina
    ['5488', 8], // Vietnam
    ['5474', 8], // Filippinerne
    ['5492', 7], // Thailand
    ['5432', 8], // Indien
    ['5448', 7], // Kina
    ['5418', 5], // Sri Lanka
    ['5216', 5], // Eritrea
    ['5761', 4], // Kosovo
    ['5700', 4], // Rusland
    ['5152', 3], // Jugoslavien (historical code)
    ['5103', 2], // Statsløse
    ['5999', 2], // Udlandet uoplyst
  ],
};
