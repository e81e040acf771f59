import type { Criterion } from '../model/criteria.ts';

/** Build a criterion; `id` is `<list>.<measure>`. */
export function criterion(c: Omit<Criterion, 'id'> & { readonly list: string }): Criterion {
  const { list, ...rest } = c;
  return { id: `${list}.${c.measure}`, ...rest };
}
