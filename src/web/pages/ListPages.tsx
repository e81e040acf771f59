import type { Criterion } from '../../core/model/criteria.ts';
import type { Year } from '../../core/model/ids.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { LegalText } from '../../reference/legalTexts.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import type { OfficialList } from '../data/officialLists.ts';
import { criterionValueDa, type ListRow } from '../data/siteViews.ts';
import { Alert, Layout, type PageContext } from './Layout.tsx';
import { LegalRef } from './LegalRef.tsx';

const OP = { '>': '>', '>=': '≥', '<': '<' } as const;

/** `K1 > 40 pct.`: a criterion as a column header. */
function criterionHeader(c: Criterion): string {
  const unit =
    c.reference === 'ratioToNational'
      ? '× landsgns.'
      : c.reference === 'pctOfRegion'
        ? 'pct. af regionens'
        : 'pct.';
  return `${c.measure} ${OP[c.operator]} ${String(c.threshold).replace('.', ',')} ${unit}`;
}

export interface ListsIndexProps {
  readonly ctx: PageContext;
  readonly computed: readonly {
    year: Year;
    ruleSetNameDa: string;
    runId: string;
    lists: readonly { list: ListId; count: number }[];
  }[];
  readonly official: readonly OfficialList[];
  /** Scenario runs served beside the law's lists. */
  readonly scenarios: readonly { id: string; labelDa: string; years: readonly Year[] }[];
}

/** Every year's lists: computed by this run, and the official lists of the public record. */
export function ListsIndexPage(p: ListsIndexProps) {
  const officialYears = [...new Set(p.official.map((l) => l.year))].sort((a, b) => b - a);
  return (
    <Layout
      title="Lister"
      ctx={p.ctx}
      current="/lister"
      crumbs={[{ href: '/', label: 'Forside' }, { label: 'Lister' }]}
    >
      <h1>Listerne år for år</h1>
      <h2>Beregnet af Boligmonitor</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Beregnede lister">
        <table class="table table--zebra">
          <caption class="sr-only">Beregnede lister pr. år med antal områder</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Regler</th>
              <th scope="col">Kørsel</th>
              <th scope="col">Lister (antal områder)</th>
            </tr>
          </thead>
          <tbody>
            {[...p.computed].reverse().map((y) => (
              <tr>
                <th scope="row">{y.year}</th>
                <td>{y.ruleSetNameDa}</td>
                <td>
                  <code>{y.runId}</code>
                </td>
                <td>
                  <ul class="unstyled-list">
                    {y.lists.map((l) => (
                      <li>
                        <a href={`/lister/${y.year}/${l.list}`}>{LIST_NAMES_DA[l.list]}</a> ({l.count})
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.scenarios.length > 0 && (
        <>
          <h2>Scenarier – ikke de officielle lister</h2>
          <p>
            Beregnet med et andet regelsæt end lovens. <a href="/scenarier">Se scenarierne</a>.
          </p>
          <ul>
            {p.scenarios.map((sc) => (
              <li>
                <a href={`/scenarier/${sc.id}`}>{sc.labelDa}</a> ({sc.years.join(', ')})
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>De officielle lister</h2>
      <p>
        Listerne som ministeriet offentliggjorde dem, samlet fra offentlige kilder. En liste er{' '}
        <em>delvist kendt</em>, når kilderne nævner færre områder, end listen havde; et område, der ikke er
        nævnt på en delvist kendt liste, har ukendt status.
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Officielle lister">
        <table class="table table--zebra">
          <caption class="sr-only">Officielle lister pr. år, med hvor mange medlemmer der kendes</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Lister (kendte af officielt antal)</th>
            </tr>
          </thead>
          <tbody>
            {officialYears.map((year) => (
              <tr id={`aar-${year}`}>
                <th scope="row">{year}</th>
                <td>
                  <ul class="unstyled-list">
                    {p.official
                      .filter((l) => l.year === year)
                      .map((l) => (
                        <li>
                          <a href={`/officielle-lister/${year}/${l.list}`}>{LIST_NAMES_DA[l.list]}</a>:{' '}
                          {l.named} af {l.officialCount ?? 'ukendt antal'}{' '}
                          {l.completeness === 'partial' && (
                            <span class="status status-unknown">delvist kendt</span>
                          )}
                        </li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export interface ListPageProps {
  readonly ctx: PageContext;
  readonly year: Year;
  readonly list: ListId;
  readonly ruleSetNameDa: string;
  readonly legalRef: string;
  readonly descriptionDa: string;
  readonly criteria: readonly Criterion[];
  readonly rows: readonly ListRow[];
  readonly official: OfficialList | undefined;
  readonly otherLists: readonly ListId[];
  /** The run the year is shown from. */
  readonly runId: string;
  /** Where the rule's paragraph is read. */
  readonly legalTexts: readonly LegalText[];
  /** The address the list's own pages live under: '' for the law's lists, `/scenarier/<id>` for a scenario. */
  readonly base?: string;
  /** The list's answer in the API. */
  readonly apiHref: string;
  /** The run's files (lister.xlsx, lists.csv), offered for the law's lists only. */
  readonly runDownloads: boolean;
}

/** One computed list: every assessed area with residents, each criterion and its status; sortable, filterable. */
export function ListPage(p: ListPageProps) {
  const members = p.rows.filter((r) => r.member);
  const uncertain = p.rows.filter((r) => !r.member && r.uncertain);
  const name = LIST_NAMES_DA[p.list];
  const base = p.base ?? '';
  const scenario = p.ctx.scenario ?? null;
  return (
    <Layout
      title={scenario === null ? `${name} ${p.year}` : `Scenarie: ${name} ${p.year}`}
      ctx={p.ctx}
      current="/lister"
      crumbs={[
        { href: '/', label: 'Forside' },
        scenario === null
          ? { href: '/lister', label: 'Lister' }
          : { href: `/scenarier/${scenario.id}`, label: `Scenarie ${scenario.id}` },
        { label: `${name} ${p.year}` },
      ]}
    >
      <h1>
        {scenario === null ? '' : 'Scenarie: '}
        {name} pr. 1. december {p.year}
      </h1>
      <p class="font-lead">
        {members.length} {members.length === 1 ? 'område' : 'områder'} på listen
        {uncertain.length > 0 ? `, ${uncertain.length} med usikker afgørelse` : ''}.{' '}
        {scenario === null ? 'Beregnet af Boligmonitor efter reglerne' : 'Beregnet i scenariet'}{' '}
        {p.ruleSetNameDa} (<LegalRef legalRef={p.legalRef} texts={p.legalTexts} />
        ), kørsel <code>{p.runId}</code>.
      </p>
      <p>
        {scenario === null ? '' : 'Lovens beskrivelse af listen, som scenariet ændrer: '}
        {p.descriptionDa}
      </p>
      {p.official !== undefined && (
        <Alert
          kind="info"
          heading={scenario === null ? 'Den officielle liste' : 'Den officielle liste (ikke scenariet)'}
        >
          <p>
            Den officielle liste for {p.year} havde {p.official.officialCount ?? 'et ukendt antal'} områder;
            kilderne nævner {p.official.named}.{' '}
            {p.official.completeness === 'partial'
              ? 'Listen er kun delvist kendt: et område, der ikke er nævnt, har ukendt status.'
              : 'Listen er fuldt kendt.'}{' '}
            <a href={`/officielle-lister/${p.year}/${p.list}`}>Se den officielle liste</a>.
          </p>
        </Alert>
      )}
      {p.otherLists.length > 0 && (
        <p>
          Andre lister {p.year}:{' '}
          {p.otherLists.map((l, i) => (
            <>
              {i > 0 && ' · '}
              <a href={`${base}/lister/${p.year}/${l}`}>{LIST_NAMES_DA[l]}</a>
            </>
          ))}
        </p>
      )}
      <h2>Alle vurderede områder</h2>
      <div class="form-group" data-filter-for="list-table" hidden>
        <label class="form-label" for="filter">
          Filtrér på område eller kommune
        </label>
        <input class="form-input" id="filter" type="search" maxLength={100} autocomplete="off" />
        <p class="form-hint" data-filter-count aria-live="polite"></p>
      </div>
      <div class="table-wrap" tabindex={0} role="region" aria-label={`${name} ${p.year}, tabel`}>
        <table class="table table--zebra" id="list-table" data-sortable>
          <caption class="sr-only">
            {name} {p.year}: områder med indbyggere og hvert kriteriums værdi. Sortér ved at vælge en
            kolonneoverskrift.
          </caption>
          <thead>
            <tr>
              <th scope="col">Område</th>
              <th scope="col">Kommune</th>
              <th scope="col" data-type="number" class="num">
                Indbyggere
              </th>
              {p.criteria.map((c) => (
                <th scope="col" data-type="number" class="num">
                  {criterionHeader(c)}
                </th>
              ))}
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <td>
                  <a href={`${base}/omraader/${encodeURIComponent(r.areaId)}`}>{r.name}</a>
                </td>
                <td>
                  <a href={`/kommuner/${r.municipalityCode}`}>{r.municipalityName ?? r.municipalityCode}</a>
                </td>
                <td class="num" data-sort={String(r.residents)}>
                  {r.residents.toLocaleString('da-DK')}
                </td>
                {p.criteria.map((c) => {
                  const v = r.criteria.find((x) => x.id === c.id);
                  if (v === undefined)
                    return (
                      <td class="num" data-sort="">
                        <span aria-hidden="true">–</span>
                        <span class="sr-only">ikke vurderet</span>
                      </td>
                    );
                  if (v.kind === 'notComputable')
                    return (
                      <td class="num" data-sort="">
                        kan ikke beregnes
                      </td>
                    );
                  return (
                    <td class="num" data-sort={String(v.value)}>
                      {criterionValueDa(v)} <span aria-hidden="true">{v.met ? '●' : '○'}</span>
                      <span class="sr-only">{v.met ? 'opfyldt' : 'ikke opfyldt'}</span>
                    </td>
                  );
                })}
                <td data-sort={r.member ? '0' : r.uncertain ? '1' : r.eligible ? '2' : '3'}>
                  {!r.eligible ? (
                    <span class="status status-nolist">Ikke vurderet (under 1.000 beboere)</span>
                  ) : r.member ? (
                    <span class="status status-yes">På listen</span>
                  ) : r.uncertain ? (
                    <span class="status status-unknown">Usikker</span>
                  ) : (
                    <span class="status status-no">Ikke på listen</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">
        ● kriteriet er opfyldt, ○ ikke opfyldt. Værdier vises med én decimal, eller flere hvor én decimal
        ville modsige afgørelsen.
      </p>
      <h2>Download</h2>
      <ul>
        <li>
          <a href={`${base}/lister/${p.year}/${p.list}.csv`} download>
            Denne liste som CSV
          </a>
        </li>
        {p.runDownloads && (
          <>
            <li>
              <a href="/download/lister.xlsx" download>
                Kørslens lister som Excel (lister.xlsx, kørsel {p.ctx.runId})
              </a>
            </li>
            <li>
              <a href="/download/lists.csv" download>
                Kørslens år og lister som CSV (lists.csv, kørsel {p.ctx.runId})
              </a>
            </li>
          </>
        )}
        <li>
          <a href="/download/kommuner.geojson" download>
            Kommunegrænser som GeoJSON
          </a>
        </li>
        <li>
          <a href={p.apiHref}>Listen i API&apos;et (JSON)</a>
        </li>
      </ul>
    </Layout>
  );
}

/** One official list as the public record has it, partial where it is. */
export function OfficialListPage(p: {
  readonly ctx: PageContext;
  readonly list: OfficialList;
  readonly computedYear: boolean;
}) {
  const l = p.list;
  const name = LIST_NAMES_DA[l.list];
  return (
    <Layout
      title={`Officiel liste: ${name} ${l.year}`}
      ctx={p.ctx}
      current="/lister"
      crumbs={[
        { href: '/', label: 'Forside' },
        { href: '/lister', label: 'Lister' },
        { label: `Officiel: ${name} ${l.year}` },
      ]}
    >
      <h1>
        Officiel liste: {name} {l.year}
      </h1>
      {l.completeness === 'partial' ? (
        <Alert kind="warning" heading="Kun delvist kendt">
          <p>
            Listen havde {l.officialCount ?? 'et ukendt antal'} områder; de offentlige kilder nævner {l.named}
            . Et område, der ikke står her, kan have været på listen: dets status er ukendt, ikke &quot;ikke
            på listen&quot;.
          </p>
        </Alert>
      ) : (
        <Alert kind="info" heading="Fuldt kendt">
          <p>Alle {l.named} områder på listen er kendt fra de offentlige kilder.</p>
        </Alert>
      )}
      {p.computedYear && (
        <p>
          <a href={`/lister/${l.year}/${l.list}`}>Se Boligmonitors beregning for {l.year}</a>
        </p>
      )}
      {l.members.length > 0 ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label="Kendte medlemmer">
          <table class="table table--zebra" data-sortable>
            <caption class="sr-only">Kendte medlemmer af listen</caption>
            <thead>
              <tr>
                <th scope="col">Område</th>
                <th scope="col">Kommune</th>
              </tr>
            </thead>
            <tbody>
              {l.members.map((m) => (
                <tr>
                  <td>
                    {m.areaId === null ? (
                      m.name
                    ) : (
                      <a href={`/officielle-omraader/${encodeURIComponent(m.areaId)}`}>{m.name}</a>
                    )}
                  </td>
                  <td>
                    <a href={`/kommuner/${m.municipalityCode}`}>
                      {municipalityByCode(m.municipalityCode)?.name ?? m.municipalityCode}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Kilderne nævner ingen af listens medlemmer.</p>
      )}
      <p class="muted">Kilder: reference/official-lists (se SOURCES.md i projektet).</p>
    </Layout>
  );
}
