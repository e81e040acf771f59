/**
 * What each table and figure of the report reads (scope.md), for the notice a section shows when its input is
 * absent. `delivery`: tables of the register delivery (contract A, A2, A3); `supplied`: files of `--supplied`
 * (contract E). Items not listed read only the lists and the core delivery.
 */
export const REPORT_ITEM_INPUTS: Readonly<
  Record<string, { readonly delivery?: readonly string[]; readonly supplied?: readonly string[] }>
> = {
  'tabel-2.2': { delivery: ['lettings', 'vacancies', 'dwellings'] },
  'figur-2.4a': { delivery: ['lettings'] },
  'figur-2.4b': { delivery: ['lettings'] },
  'tabel-2.3': { delivery: ['development_plans', 'plan_reports'] },
  'afsnit-2.5': { delivery: ['development_plans', 'plan_reports'] },
  'tabel-2.4': { delivery: ['dwelling_events'] },
  'figur-3.2': { delivery: ['residence', 'labour'] },
  'figur-3.3a': { delivery: ['residence'] },
  'figur-3.3b': { delivery: ['residence'] },
  'figur-3.4': { delivery: ['residence'] },
  'figur-3.5a': { delivery: ['residence'] },
  'figur-3.5b': { delivery: ['residence'] },
  'figur-4.1': { delivery: ['employment'] },
  'figur-4.2': { delivery: ['employment', 'families'] },
  'figur-4.3': { delivery: ['exam_results'] },
  'figur-4.4': { delivery: ['schools', 'school_enrolment'] },
  'figur-4.5': { delivery: ['convictions'] },
  'figur-4.6': { delivery: ['families', 'convictions'] },
  'tabel-5.1': { delivery: ['daycare_institutions', 'daycare'] },
  'tabel-5.2': { delivery: ['daycare_institutions', 'daycare'] },
  'tabel-5.3': { delivery: ['daycare'] },
  'tabel-5.4': { delivery: ['absence'] },
  'tabel-5.5': { delivery: ['language_tests'] },
  'tabel-5.6': { delivery: ['language_tests'] },
  'tabel-5.7': { delivery: ['language_tests'] },
  'tabel-5.8': { delivery: ['language_tests'] },
  'tabel-6.1': { supplied: ['tabel-6.1.csv'] },
  'tabel-6.2': { supplied: ['tabel-6.2.csv'] },
};

/** A table or figure's id as a reader sees it: `tabel-2.1` → `Tabel 2.1`, `figur-2.1a` → `Figur 2.1.a`. */
export function itemLabelDa(id: string): string {
  const m = /^(tabel|figur|boks|afsnit)-(\d+)\.(\d+)([a-z]?)$/.exec(id);
  if (m === null) return id;
  const [, kind = '', chapter = '', n = '', letter = ''] = m;
  const name = kind.charAt(0).toUpperCase() + kind.slice(1);
  return `${name} ${chapter}.${n}${letter === '' ? '' : `.${letter}`}`;
}
