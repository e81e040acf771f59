/**
 * One example request per API endpoint, shown on the API page and answered as documented (a test requests
 * each and checks the status). `{year}` and `{area}` are filled from the served run.
 */
export interface ApiExample {
  readonly path: string;
  readonly status: number;
  readonly descriptionDa: string;
}

export const API_EXAMPLE_TEMPLATES: readonly ApiExample[] = [
  {
    path: '/api/v1/years',
    status: 200,
    descriptionDa: 'De beregnede år og de officielle listers år med fuldstændighed.',
  },
  { path: '/api/v1/lists/{year}', status: 200, descriptionDa: 'Årets lister med antal.' },
  {
    path: '/api/v1/lists/{year}/udsat',
    status: 200,
    descriptionDa: 'En liste: områderne med alle kriterier.',
  },
  {
    path: '/api/v1/areas/{area}',
    status: 200,
    descriptionDa: 'Et område: status år for år, kriterier og ændringer.',
  },
  {
    path: '/api/v1/official-areas/101-mjoelnerparken',
    status: 200,
    descriptionDa: 'Et område på de officielle lister: nævnt, ikke nævnt eller ukendt år for år.',
  },
  {
    path: '/api/v1/municipalities/{municipality}',
    status: 200,
    descriptionDa: 'En kommune og dens områder.',
  },
  { path: '/api/v1/rulesets', status: 200, descriptionDa: 'Regelsættene med kriterier og lovhenvisninger.' },
  { path: '/api/v1/changes/{year}', status: 200, descriptionDa: 'Årets ændringer med begrundelse.' },
  {
    path: '/api/v1/search?q={municipalityName}',
    status: 200,
    descriptionDa: 'Søg efter område, kommune eller postnummer.',
  },
  {
    path: '/api/v1/scenarios',
    status: 200,
    descriptionDa: 'Scenarierne ved siden af listerne (andre regler end lovens, ikke de officielle lister).',
  },
  { path: '/api/v1/lists/abc', status: 400, descriptionDa: 'Et ugyldigt år giver 400.' },
  { path: '/api/v1/areas/findes-ikke', status: 404, descriptionDa: 'Et ukendt område giver 404.' },
];

/** The examples of a served scenario, when there is one (`{scenario}`, `{scenarioYear}`, `{scenarioList}`). */
export const SCENARIO_EXAMPLE_TEMPLATES: readonly ApiExample[] = [
  {
    path: '/api/v1/scenarios/{scenario}/lists/{scenarioYear}/{scenarioList}',
    status: 200,
    descriptionDa: 'En af scenariets lister, mærket som scenarie med regelsættets id.',
  },
  {
    path: '/api/v1/scenarios/{scenario}/areas/{area}',
    status: 200,
    descriptionDa: 'Et område i scenariet.',
  },
];

/** The examples filled in for the served run (with a scenario's when `fill.scenario` is given). */
export function apiExamples(fill: Readonly<Record<string, string>>): ApiExample[] {
  return [...API_EXAMPLE_TEMPLATES, ...(fill.scenario === undefined ? [] : SCENARIO_EXAMPLE_TEMPLATES)].map(
    (e) => ({
      ...e,
      path: e.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(fill[k] ?? k)),
    }),
  );
}
