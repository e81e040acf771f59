import type { Year } from '../../core/model/ids.ts';
import { yearSpans } from '../../core/history/unknownMembershipText.ts';
import { LIST_IDS, LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { AreaSummary } from '../data/siteViews.ts';
import { Layout, type PageContext } from './Layout.tsx';

export interface MunicipalityPageProps {
  readonly ctx: PageContext;
  readonly code: string;
  readonly name: string;
  readonly regionName: string;
  readonly year: Year;
  readonly areas: readonly (AreaSummary & {
    readonly lists: readonly ListId[];
    readonly residents: number | null;
  })[];
  readonly official: readonly {
    year: Year;
    list: ListId;
    name: string;
    areaId: string | null;
    partial: boolean;
  }[];
}

/** Kommuneside: the municipality's areas with this year's lists, and its areas on the official lists. */
export function MunicipalityPage(p: MunicipalityPageProps) {
  const byKey = new Map<string, { name: string; areaId: string | null; list: ListId; years: Year[] }>();
  for (const o of p.official) {
    const key = `${o.name}|${o.list}`;
    const g = byKey.get(key) ?? { name: o.name, areaId: o.areaId, list: o.list, years: [] };
    g.years.push(o.year);
    byKey.set(key, g);
  }
  const groups = [...byKey.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'da') || LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list),
  );
  return (
    <Layout
      title={`${p.name} Kommune`}
      ctx={p.ctx}
      current="/kommuner"
      crumbs={[{ href: '/', label: 'Forside' }, { href: '/kommuner', label: 'Kommuner' }, { label: p.name }]}
    >
      <h1>{p.name} Kommune</h1>
      <p class="font-lead">
        {p.regionName} · kommunekode {p.code}
      </p>
      <h2>Boligområder i beregningen {p.year}</h2>
      {p.areas.length === 0 ? (
        <p>Beregningen har ingen almene boligområder i kommunen.</p>
      ) : (
        <div class="table-wrap" tabindex={0} role="region" aria-label="Boligområder i kommunen">
          <table class="table table--zebra" data-sortable>
            <caption class="sr-only">
              Boligområder i {p.name} Kommune og deres lister i {p.year}
            </caption>
            <thead>
              <tr>
                <th scope="col">Område</th>
                <th scope="col" data-type="number" class="num">
                  Indbyggere {p.year}
                </th>
                <th scope="col">Lister {p.year}</th>
              </tr>
            </thead>
            <tbody>
              {p.areas.map((a) => (
                <tr>
                  <td>
                    <a href={`/omraader/${encodeURIComponent(a.areaId)}`}>{a.name}</a>
                  </td>
                  <td class="num" data-sort={String(a.residents ?? '')}>
                    {a.residents === null ? 'ingen tal' : a.residents.toLocaleString('da-DK')}
                  </td>
                  <td>{a.lists.length === 0 ? 'Ingen' : a.lists.map((l) => LIST_NAMES_DA[l]).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>På de officielle lister</h2>
      {groups.length === 0 ? (
        <p>
          De offentlige kilder nævner intet område i kommunen. Flere af de officielle lister er kun delvist
          kendt, så det betyder ikke med sikkerhed, at kommunen ikke havde områder på dem.
        </p>
      ) : (
        <div class="table-wrap" tabindex={0} role="region" aria-label="Områder på de officielle lister">
          <table class="table table--zebra" data-sortable>
            <caption class="sr-only">Kommunens områder på de officielle lister, med årene</caption>
            <thead>
              <tr>
                <th scope="col">Område</th>
                <th scope="col">Liste</th>
                <th scope="col">År</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr>
                  <td>
                    {g.areaId === null ? (
                      g.name
                    ) : (
                      <a href={`/officielle-omraader/${encodeURIComponent(g.areaId)}`}>{g.name}</a>
                    )}
                  </td>
                  <td>{LIST_NAMES_DA[g.list]}</td>
                  <td>{yearSpans(g.years)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted">
        De officielle lister for nogle år er kun delvist kendt: et år, der ikke står her, kan stadig have
        været et år på listen. Se <a href="/lister">listerne år for år</a>.
      </p>
      <p>
        <a href={`/api/v1/municipalities/${p.code}`}>Kommunen i API&apos;et (JSON)</a>
      </p>
    </Layout>
  );
}

/** Every municipality, with its number of areas in the run. */
export function MunicipalitiesIndexPage(p: {
  readonly ctx: PageContext;
  readonly year: Year;
  readonly rows: readonly { code: string; name: string; areas: number; listed: number }[];
}) {
  return (
    <Layout
      title="Kommuner"
      ctx={p.ctx}
      current="/kommuner"
      crumbs={[{ href: '/', label: 'Forside' }, { label: 'Kommuner' }]}
    >
      <h1>Kommuner</h1>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Kommuner">
        <table class="table table--zebra" data-sortable>
          <caption class="sr-only">Danmarks kommuner med antal boligområder i beregningen</caption>
          <thead>
            <tr>
              <th scope="col">Kommune</th>
              <th scope="col" data-type="number" class="num">
                Kode
              </th>
              <th scope="col" data-type="number" class="num">
                Boligområder
              </th>
              <th scope="col" data-type="number" class="num">
                På en liste {p.year}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((m) => (
              <tr>
                <td>
                  <a href={`/kommuner/${m.code}`}>{m.name}</a>
                </td>
                <td class="num">{m.code}</td>
                <td class="num">{m.areas}</td>
                <td class="num">{m.listed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
