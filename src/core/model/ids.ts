/** Branded identifiers and units that are easy to mix up. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** An area's stable id (alment boligområde), e.g. `"101-mjoelnerparken"`. */
export type AreaId = Brand<string, 'AreaId'>;
/** Statistics Denmark's 3-digit municipality code as a string, e.g. `"101"`. */
export type MunicipalityCode = Brand<string, 'MunicipalityCode'>;
/** A list year (the lists of 1 December Y, figures at 1 January Y). */
export type Year = number;
/** A percentage 0–100. */
export type Percent = number;
/** A ratio to a reference (e.g. 3.1 times the national rate). */
export type Ratio = number;

export const areaId = (s: string): AreaId => s as AreaId;
export const municipalityCode = (s: string): MunicipalityCode => s as MunicipalityCode;
