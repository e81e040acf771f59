import type { Year } from '../../core/model/ids.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import { Layout, type PageContext } from './Layout.tsx';

/** A scenario as its pages describe it. */
export interface ScenarioSummary {
  readonly id: string;
  readonly nameDa: string;
  readonly labelDa: string;
  readonly description: string;
  readonly basedOn: string | null;
  readonly sha256: string;
  readonly runIds: readonly string[];
  readonly years: readonly {
    readonly year: Year;
    readonly lists: readonly { readonly list: ListId; readonly count: number }[];
    /** The law's lists of the same year, when they are computed too (for comparison). */
    readonly lawLists?: readonly { readonly list: ListId; readonly count: number }[];
  }[];
}

/** Every scenario served beside the law's lists. */
export function ScenariosIndexPage(p: {
  readonly ctx: PageContext;
  readonly scenarios: readonly ScenarioSummary[];
}) {
  return (
    <Layout
      title="Scenarier"
      ctx={p.ctx}
      current="/lister"
      crumbs={[{ href: '/', label: 'Forside' }, { href: '/lister', label: 'Lister' }, { label: 'Scenarier' }]}
    >
      <h1>Scenarier – ikke de officielle lister</h1>
      <p class="font-lead">
        Et scenarie er listerne beregnet med et andet regelsæt end lovens, fx uden et af kriterierne. Det
        viser, hvad en regel betyder, ikke hvilke områder der er på listerne.
      </p>
      {p.scenarios.length === 0 ? (
        <p>Der vises ingen scenarier.</p>
      ) : (
        <ul>
          {p.scenarios.map((s) => (
            <li>
              <a href={`/scenarier/${s.id}`}>{s.labelDa}</a> (år {s.years.map((y) => y.year).join(', ')})
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** One scenario: what it changes, its runs, its lists per year. */
export function ScenarioPage(p: { readonly ctx: PageContext; readonly scenario: ScenarioSummary }) {
  const s = p.scenario;
  return (
    <Layout
      title={`Scenarie: ${s.nameDa}`}
      ctx={p.ctx}
      current="/lister"
      crumbs={[
        { href: '/', label: 'Forside' },
        { href: '/scenarier', label: 'Scenarier' },
        { label: `Scenarie ${s.id}` },
      ]}
    >
      <h1>Scenarie: {s.nameDa}</h1>
      <dl class="facts">
        <dt>Regelsæt</dt>
        <dd>
          <code>{s.id}</code>
          {s.basedOn === null ? '' : `, afledt af lovens regelsæt ${s.basedOn}`} (SHA-256{' '}
          <code>{s.sha256.slice(0, 16)}…</code>)
        </dd>
        <dt>Beskrivelse</dt>
        <dd lang="en">{s.description}</dd>
        <dt>Kørsel</dt>
        <dd>
          {s.runIds.map((r, i) => (
            <>
              {i > 0 && ', '}
              <code>{r}</code>
            </>
          ))}
        </dd>
      </dl>
      <p>
        <a href={`/metode#regler-${s.id}`}>Scenariets regler på metodesiden</a> ·{' '}
        <a href={`/api/v1/scenarios/${s.id}/lists/${s.years[s.years.length - 1]?.year ?? ''}`}>
          Scenariet i API&apos;et (JSON)
        </a>
      </p>
      <h2>Scenariets lister</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Scenariets lister">
        <table class="table table--zebra">
          <caption class="sr-only">Scenariets lister pr. år med antal områder</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Lister i scenariet (antal områder)</th>
              <th scope="col">Efter loven (antal områder)</th>
            </tr>
          </thead>
          <tbody>
            {[...s.years].reverse().map((y) => (
              <tr>
                <th scope="row">{y.year}</th>
                <td>
                  <ul class="unstyled-list">
                    {y.lists.map((l) => (
                      <li>
                        <a href={`/scenarier/${s.id}/lister/${y.year}/${l.list}`}>{LIST_NAMES_DA[l.list]}</a>{' '}
                        ({l.count})
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {y.lawLists === undefined ? (
                    <a href={`/lister/${y.year}`}>Listerne {y.year} efter loven</a>
                  ) : (
                    <ul class="unstyled-list">
                      {y.lawLists.map((l) => (
                        <li>
                          <a href={`/lister/${y.year}/${l.list}`}>{LIST_NAMES_DA[l.list]}</a> ({l.count})
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
