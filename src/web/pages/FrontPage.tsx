import type { Year } from '../../core/model/ids.ts';
import type { ListOfYear } from '../data/siteViews.ts';
import { Alert, Layout, SearchForm, type PageContext } from './Layout.tsx';

export interface FrontPageProps {
  readonly ctx: PageContext;
  readonly year: Year;
  readonly ruleSetNameDa: string;
  readonly lists: readonly ListOfYear[];
  readonly municipalities: readonly { code: string; name: string; areas: number; listed: number }[];
  /** The municipality map (SVG markup from the map renderer), when there is one. */
  readonly mapSvg: string | null;
  readonly officialPartialYears: readonly Year[];
  /** The run the year is shown from. */
  readonly runId: string;
  /** Scenario runs served beside the law's lists. */
  readonly scenarios: readonly { readonly id: string; readonly labelDa: string }[];
  /** This year's entries and exits (and unknown changes), with their Danish reasons. */
  readonly changes: readonly {
    readonly areaId: string;
    readonly name: string;
    readonly listNameDa: string;
    readonly change: 'entered' | 'left' | 'stayed' | 'unknown';
    readonly reasonDa: string;
  }[];
}

const CHANGE_DA = {
  entered: 'Ny på listen',
  left: 'Ude af listen',
  stayed: 'Fortsat',
  unknown: 'Ukendt',
} as const;

const changeText = (n: number | null): string =>
  n === null
    ? 'ingen sammenligning med året før'
    : n === 0
      ? 'uændret siden året før'
      : `${n > 0 ? '+' : '−'}${Math.abs(n)} siden året før`;

/** Forside: this year's four lists with counts and change, search, the municipalities, the date of the data. */
export function FrontPage(p: FrontPageProps) {
  return (
    <Layout title="Forside" ctx={p.ctx} current="/">
      <h1>Almene boligområder på listerne {p.year}</h1>
      <p class="font-lead">
        Hvert år 1. december offentliggør boligministeren listerne over udsatte boligområder, parallelsamfund,
        omdannelsesområder og forebyggelsesområder. Her kan du se, hvilke områder der er på listerne, hvorfor
        – og hvor tæt de er på hver grænse.
      </p>
      <SearchForm />
      <h2>Listerne pr. 1. december {p.year}</h2>
      <p>
        Beregnet af Boligmonitor efter reglerne {p.ruleSetNameDa}, kørsel <code>{p.runId}</code>. Data pr.{' '}
        {p.ctx.dataDate}.
      </p>
      <ul class="cards">
        {p.lists.map((l) => (
          <li>
            <div class="count-card">
              <h3>
                <a href={`/lister/${p.year}/${l.list}`}>{l.nameDa}</a>
              </h3>
              <p class="count">{l.count}</p>
              <p class="muted">
                {l.count === 1 ? 'område' : 'områder'} · {changeText(l.changeSincePrevious)}
              </p>
              {l.uncertain > 0 && (
                <p>
                  <span class="status status-unknown">{l.uncertain} usikre</span> kan være på listen
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
      <h2>Ændringer siden {p.year - 1}</h2>
      {p.changes.length === 0 ? (
        <p>Ingen områder kom på eller af listerne.</p>
      ) : (
        <ul>
          {p.changes.map((c) => (
            <li>
              <strong>{CHANGE_DA[c.change]}</strong> ({c.listNameDa}):{' '}
              <a href={`/omraader/${encodeURIComponent(c.areaId)}`}>{c.name}</a> – {c.reasonDa}
            </li>
          ))}
        </ul>
      )}
      <h2>Kommuner</h2>
      {p.mapSvg !== null ? (
        <figure class="map-figure">
          <div dangerouslySetInnerHTML={{ __html: p.mapSvg }} />
          <figcaption>
            <p class="muted">
              Vælg en kommune på kortet (eller i tabellen herunder) for at se dens boligområder.
            </p>
            <p class="attribution">
              Indeholder data fra Geodatastyrelsen og Danske Kommuner, DAGI 1:500.000, februar 2014 (via
              github.com/Neogeografen/dagi).
            </p>
          </figcaption>
        </figure>
      ) : null}
      <div class="table-wrap" tabindex={0} role="region" aria-label="Kommuner med boligområder">
        <table class="table table--zebra" data-sortable>
          <caption class="sr-only">Kommuner med boligområder i beregningen</caption>
          <thead>
            <tr>
              <th scope="col">Kommune</th>
              <th scope="col" data-type="number" class="num">
                Boligområder
              </th>
              <th scope="col" data-type="number" class="num">
                På en liste i {p.year}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.municipalities.map((m) => (
              <tr>
                <td>
                  <a href={`/kommuner/${m.code}`}>{m.name}</a>
                </td>
                <td class="num">{m.areas}</td>
                <td class="num">{m.listed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>De officielle lister 2010–2024</h2>
      <Alert kind="info" heading="Kun delvist kendt for nogle år">
        <p>
          De officielle lister er samlet fra offentlige kilder. For {p.officialPartialYears.join(', ')} kendes
          kun en del af medlemmerne: et område, der ikke er nævnt på en delvist kendt liste, har ukendt status
          – ikke &quot;ikke på listen&quot;.
        </p>
      </Alert>
      <p>
        <a href="/lister">Se alle år og lister</a>
      </p>
      {p.scenarios.length > 0 && (
        <>
          <h2>Scenarier</h2>
          <p>
            Ved siden af listerne vises{' '}
            {p.scenarios.length === 1 ? 'et scenarie' : `${p.scenarios.length} scenarier`} – lister beregnet
            med andre regler end lovens, ikke de officielle lister:
          </p>
          <ul>
            {p.scenarios.map((s) => (
              <li>
                <a href={`/scenarier/${s.id}`}>{s.labelDa}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
