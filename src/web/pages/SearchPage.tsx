import type { SearchHits } from '../data/siteViews.ts';
import { Layout, SearchForm, type PageContext } from './Layout.tsx';

/** Search results: areas by name, municipalities by name, code or postcode. */
export function SearchPage(p: { readonly ctx: PageContext; readonly hits: SearchHits }) {
  const { hits } = p;
  const q = hits.query.trim();
  return (
    <Layout
      title={q === '' ? 'Søg' : `Søgning: ${q}`}
      ctx={p.ctx}
      crumbs={[{ href: '/', label: 'Forside' }, { label: 'Søg' }]}
    >
      <h1>Søg</h1>
      <SearchForm value={hits.query} id="soeg-side" />
      {q !== '' && (
        <div aria-live="polite">
          <h2>
            {hits.areas.length + hits.municipalities.length + hits.official.length === 0
              ? `Ingen resultater for »${q}«`
              : `Resultater for »${q}«`}
          </h2>
          {hits.municipalities.length > 0 && (
            <>
              <h3>Kommuner</h3>
              <ul>
                {hits.municipalities.map((m) => (
                  <li>
                    <a href={`/kommuner/${m.code}`}>{m.name} Kommune</a>
                    {m.via !== undefined && <span class="muted"> (postnummer {m.via})</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {hits.areas.length > 0 && (
            <>
              <h3>Boligområder i beregningen</h3>
              {hits.municipalities.some((m) => m.via !== undefined) && (
                <p class="muted">Med områderne i de kommuner, postnummeret ligger i.</p>
              )}
              <ul>
                {hits.areas.map((a) => (
                  <li>
                    <a href={`/omraader/${encodeURIComponent(a.areaId)}`}>{a.name}</a>
                    <span class="muted"> – {a.municipalityName ?? a.municipalityCode}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {hits.official.length > 0 && (
            <>
              <h3>På de officielle lister</h3>
              <p class="muted">
                Flere af de officielle lister er kun delvist kendt: et år, der ikke er nævnt, kan stadig have
                været et år på listen.
              </p>
              <ul>
                {hits.official.map((o) => (
                  <li>
                    {o.name} –{' '}
                    <a href={`/kommuner/${o.municipalityCode}`}>{o.municipalityName ?? o.municipalityCode}</a>
                    <span class="muted"> (nævnt på listerne {o.years})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Layout>
  );
}
