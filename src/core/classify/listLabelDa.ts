import type { ListId } from '../model/lists.ts';

/** Short Danish label opening a decision sentence: `Udsat: …`. */
export const LIST_LABEL_DA: Record<ListId, string> = {
  ghetto: 'Ghettoområde',
  hard_ghetto: 'Hårdt ghettoområde',
  udsat: 'Udsat',
  parallelsamfund: 'Parallelsamfund',
  omdannelse: 'Omdannelsesområde',
  forebyggelse: 'Forebyggelsesområde',
};
