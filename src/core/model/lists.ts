/** The lists the minister publishes each 1 December, under current and earlier names. */
export const LIST_IDS = [
  'ghetto',
  'hard_ghetto',
  'udsat',
  'parallelsamfund',
  'omdannelse',
  'forebyggelse',
] as const;
export type ListId = (typeof LIST_IDS)[number];

export const isListId = (s: string): s is ListId => (LIST_IDS as readonly string[]).includes(s);

/** Danish names as the ministry prints them (plural, for headings). */
export const LIST_NAMES_DA: Record<ListId, string> = {
  ghetto: 'Ghettoområder',
  hard_ghetto: 'Hårde ghettoområder',
  udsat: 'Udsatte boligområder',
  parallelsamfund: 'Parallelsamfund',
  omdannelse: 'Omdannelsesområder',
  forebyggelse: 'Forebyggelsesområder',
};

/** Danish singular names, for sentences. */
export const LIST_NAME_DA_SINGULAR: Record<ListId, string> = {
  ghetto: 'ghettoområde',
  hard_ghetto: 'hårdt ghettoområde',
  udsat: 'udsat boligområde',
  parallelsamfund: 'parallelsamfund',
  omdannelse: 'omdannelsesområde',
  forebyggelse: 'forebyggelsesområde',
};

/**
 * Lists that are the same legal category under another name: the 2021 amendment renamed ghetto →
 * parallelsamfund and hard ghetto → omdannelsesområde. Before 2018 the ghetto list was itself the list of
 * vulnerable areas. Used when earlier membership counts toward the persistence rule.
 */
export const LIST_LINEAGE: Record<ListId, readonly ListId[]> = {
  ghetto: ['ghetto', 'parallelsamfund'],
  parallelsamfund: ['ghetto', 'parallelsamfund'],
  hard_ghetto: ['hard_ghetto', 'omdannelse'],
  omdannelse: ['hard_ghetto', 'omdannelse'],
  udsat: ['udsat'],
  forebyggelse: ['forebyggelse'],
};

/** The first lists were published in 2010 (26 October): before that no area was on any list. */
export const FIRST_LIST_YEAR = 2010;
