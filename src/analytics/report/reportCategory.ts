import type { AreaId } from '../../core/model/ids.ts';

/**
 * The report's categories (domain §9): the areas on list year Y's udsat, parallelsamfund and forebyggelse
 * lists, the areas with an approved development plan, and the whole country (every resident). A category's
 * areas are fixed at Y and followed back through the earlier years.
 */
export const REPORT_CATEGORIES = ['udsat', 'parallelsamfund', 'plan', 'forebyggelse', 'country'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** The categories made of areas (the whole country is every resident). */
export type AreaCategory = Exclude<ReportCategory, 'country'>;

/** Danish names as the seed prints them in tables and legends. */
export const REPORT_CATEGORY_DA: Readonly<Record<ReportCategory, string>> = {
  udsat: 'Udsatte boligområder',
  parallelsamfund: 'Parallelsamfund',
  plan: 'Områder med godkendt udviklingsplan',
  forebyggelse: 'Forebyggelsesområder',
  country: 'Hele landet',
};

/** The areas of each area category (a category may be empty, or absent: no development plans delivered). */
export type CategoryAreas = ReadonlyMap<AreaCategory, readonly AreaId[]>;
