import type { Year } from '../../core/model/ids.ts';
import type { ListId } from '../../core/model/lists.ts';
import type { LegalText } from '../../reference/legalTexts.ts';
import type { AreaExplanation } from '../../views/areaExplanation.ts';
import type { CriterionView } from '../../views/criterionView.ts';
import {
  criterionValueDa,
  marginPersonsDa,
  thresholdDa,
  type AreaSummary,
  type MembershipCell,
} from '../data/siteViews.ts';
import { criterionAnchor } from './criterionAnchor.ts';
import { CriterionChart, type ChartPoint } from './CriterionChart.tsx';
import { Layout, type PageContext } from './Layout.tsx';
import { LegalRef } from './LegalRef.tsx';
import { MembershipTimeline } from './MembershipTimeline.tsx';
import { StatusTag } from './StatusTag.tsx';

export interface DevelopmentPlan {
  readonly duty: string;
  readonly actions: string;
  readonly sourceUrl: string;
}

export interface AreaPageProps {
  readonly ctx: PageContext;
  readonly area: AreaSummary;
  /** Newest first. */
  readonly explanations: readonly AreaExplanation[];
  readonly timeline: {
    readonly years: readonly Year[];
    readonly rows: readonly { list: ListId; cells: readonly MembershipCell[] }[];
  };
  readonly developmentPlan: DevelopmentPlan | null;
  /** Where each rule set's paragraphs are read (by rule set id). */
  readonly legalTexts: (ruleSetId: string) => readonly LegalText[];
  /** The run each computed year is shown from. */
  readonly runIdOfYear: (year: Year) => string;
  /** The answer in the API. */
  readonly apiHref: string;
  /** The name of the rule set a computed year is decided by. */
  readonly ruleSetNameOfYear?: (year: Year) => string;
  /** Where the timeline's years come from. */
  readonly timelineSourcesDa?: string;
}

const MEASURE_TITLES: Record<string, string> = {
  K1: 'K1 Uden for arbejdsmarked og uddannelse (18–64 år)',
  K2: 'K2 Dømte i forhold til landsgennemsnittet',
  K3: 'K3 Kun grundskoleuddannelse (30–59 år)',
  K4: 'K4 Gennemsnitlig bruttoindkomst i pct. af regionens',
  NW: 'Indvandrere og efterkommere fra ikke-vestlige lande',
};

/**
 * Per measure and way of comparing it (K2 was a share of residents until 2017, a ratio to the national rate
 * since), the value and threshold each year: the first list (in rule order) whose decision uses it.
 */
function seriesOf(
  explanations: readonly AreaExplanation[],
): { key: string; measure: string; title: string; unit: string; points: ChartPoint[] }[] {
  const out = new Map<string, { measure: string; title: string; unit: string; points: ChartPoint[] }>();
  for (const e of [...explanations].reverse()) {
    const seen = new Set<string>();
    for (const d of e.decisions) {
      for (const c of d.criteria) {
        const key = `${c.measure}-${c.reference}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const ratio = c.reference === 'ratioToNational';
        const s = out.get(key) ?? {
          measure: c.measure,
          title:
            c.measure === 'K2' && !ratio
              ? 'K2 Dømte (pct. af beboere 18 år og derover)'
              : (MEASURE_TITLES[c.measure] ?? c.measure),
          unit: ratio ? 'gange landsgennemsnittet' : 'pct.',
          points: [],
        };
        s.points.push({
          year: e.year,
          value: c.kind === 'evaluated' ? c.value : null,
          threshold: c.threshold,
        });
        out.set(key, s);
      }
    }
  }
  return [...out].map(([key, s]) => ({ key, ...s }));
}

function CriterionRow(props: {
  readonly c: CriterionView;
  readonly ruleSetId: string;
  readonly texts: readonly LegalText[];
  readonly methodAnchor: boolean;
}) {
  const { c } = props;
  return (
    <tr>
      <th scope="row">{c.measure}</th>
      <td class="num">{criterionValueDa(c)}</td>
      <td>{thresholdDa(c)}</td>
      <td>
        {c.kind === 'evaluated' ? (
          c.met ? (
            <span class="status status-yes">Opfyldt</span>
          ) : (
            <span class="status status-no">Ikke opfyldt</span>
          )
        ) : (
          <span class="status status-unknown">Kan ikke beregnes</span>
        )}
      </td>
      <td>{marginPersonsDa(c)}</td>
      <td>
        <LegalRef legalRef={c.legalRef} texts={props.texts} />
        {props.methodAnchor && (
          <>
            {' · '}
            <a href={`/metode#${criterionAnchor(props.ruleSetId, c.id)}`}>
              reglen<span class="sr-only"> for {c.measure} på metodesiden</span>
            </a>
          </>
        )}
      </td>
    </tr>
  );
}

/** Områdeside: status over the years, every criterion with threshold and margin, the reasons of every change. */
export function AreaPage(p: AreaPageProps) {
  const latest = p.explanations[0] as AreaExplanation;
  const series = seriesOf(p.explanations);
  const changes = p.explanations.flatMap((e) => e.changes.map((c) => ({ year: e.year, ...c })));
  const scenario = p.ctx.scenario ?? null;
  const runIds = [...new Set(p.explanations.map((e) => p.runIdOfYear(e.year)))];
  return (
    <Layout
      title={scenario === null ? p.area.name : `Scenarie: ${p.area.name}`}
      ctx={p.ctx}
      crumbs={[
        { href: '/', label: 'Forside' },
        scenario === null
          ? {
              href: `/kommuner/${p.area.municipalityCode}`,
              label: p.area.municipalityName ?? p.area.municipalityCode,
            }
          : { href: `/scenarier/${scenario.id}`, label: `Scenarie ${scenario.id}` },
        { label: p.area.name },
      ]}
    >
      <h1>
        {scenario === null ? '' : 'Scenarie: '}
        {p.area.name}
      </h1>
      {scenario !== null && (
        <p>
          <a href={`/omraader/${encodeURIComponent(p.area.areaId)}`}>Området efter lovens regler</a>
        </p>
      )}
      <dl class="facts">
        <dt>Kommune</dt>
        <dd>
          <a href={`/kommuner/${p.area.municipalityCode}`}>
            {p.area.municipalityName ?? p.area.municipalityCode}
          </a>
        </dd>
        <dt>Indbyggere 1. januar {latest.year}</dt>
        <dd>{latest.residents.toLocaleString('da-DK')}</dd>
        <dt>Område-id</dt>
        <dd>
          <code>{p.area.areaId}</code>
        </dd>
      </dl>

      <h2>Status pr. 1. december {latest.year}</h2>
      <p>{latest.summaryDa}</p>
      <p class="muted">
        {scenario === null ? 'Beregnet af Boligmonitor efter reglerne' : 'Beregnet i scenariet'}{' '}
        {p.ruleSetNameOfYear?.(latest.year) ?? latest.ruleSetId},{' '}
        {runIds.length === 1
          ? `kørsel ${runIds[0]}`
          : `kørsler ${p.explanations.map((e) => `${e.year}: ${p.runIdOfYear(e.year)}`).join(', ')}`}
        .
      </p>
      <ul class="unstyled-list">
        {latest.decisions.map((d) => (
          <li class="decision">
            <strong>{d.nameDa}:</strong>{' '}
            <StatusTag
              cell={
                d.member
                  ? { state: 'yes', source: 'computed' }
                  : d.uncertain
                    ? { state: 'unknown', whyDa: 'usikker afgørelse' }
                    : { state: 'no', source: 'computed' }
              }
            />{' '}
            <span>{d.reasonDa}</span>
          </li>
        ))}
      </ul>

      <h2>Listerne år for år</h2>
      <MembershipTimeline
        timeline={p.timeline}
        {...(p.timelineSourcesDa === undefined ? {} : { sourcesDa: p.timelineSourcesDa })}
      />

      <h2>Kriterierne {latest.year}</h2>
      {latest.decisions
        .filter((d) => d.criteria.length > 0)
        .map((d) => (
          <section>
            <h3>{d.nameDa}</h3>
            <div class="table-wrap" tabindex={0} role="region" aria-label={`Kriterier for ${d.nameDa}`}>
              <table class="table table--zebra">
                <caption class="sr-only">
                  {d.nameDa} {latest.year}: værdi, grænse og margen for hvert kriterium
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Kriterium</th>
                    <th scope="col" class="num">
                      Værdi
                    </th>
                    <th scope="col">Grænse</th>
                    <th scope="col">Opfyldt</th>
                    <th scope="col">Margen</th>
                    <th scope="col">Lovgrundlag</th>
                  </tr>
                </thead>
                <tbody>
                  {d.criteria.map((c) => (
                    <CriterionRow
                      c={c}
                      ruleSetId={latest.ruleSetId}
                      texts={p.legalTexts(latest.ruleSetId)}
                      methodAnchor
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}

      <h2>Udviklingen i kriterierne</h2>
      <div class="chart-grid">
        {series.map((s) => (
          <figure>
            <figcaption>{s.title}</figcaption>
            <CriterionChart id={`chart-${s.key}`} title={s.title} unit={s.unit} points={s.points} />
          </figure>
        ))}
      </div>
      <details class="details">
        <summary class="details-summary">Tallene bag graferne</summary>
        <div class="details-text">
          <div class="table-wrap" tabindex={0} role="region" aria-label="Værdier og grænser pr. år">
            <table class="table table--compact">
              <caption class="sr-only">Værdi og grænse for hvert kriterium pr. år</caption>
              <thead>
                <tr>
                  <th scope="col">Kriterium</th>
                  {[...p.explanations].reverse().map((e) => (
                    <th scope="col" class="num">
                      {e.year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.map((s) => (
                  <tr>
                    <th scope="row">{s.title}</th>
                    {[...p.explanations].reverse().map((e) => {
                      const pt = s.points.find((x) => x.year === e.year);
                      return pt === undefined ? (
                        <td class="num">–</td>
                      ) : (
                        <td class="num">
                          {pt.value === null
                            ? 'kan ikke beregnes'
                            : pt.value.toLocaleString('da-DK', {
                                maximumFractionDigits: 1,
                                minimumFractionDigits: 1,
                              })}{' '}
                          <span class="muted">(grænse {pt.threshold.toLocaleString('da-DK')})</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </details>

      <h2>Ændringer og begrundelser</h2>
      {changes.length === 0 ? (
        <p>Ingen ændringer på listerne i de beregnede år.</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li>
              <strong>{c.year}</strong>: {c.reasonDa}
            </li>
          ))}
        </ul>
      )}

      <h2>Udviklingsplan</h2>
      {p.developmentPlan === null ? (
        <p>
          Ingen oplysninger om en udviklingsplan (§ 168 a) for området. Et omdannelsesområde skal have en
          godkendt udviklingsplan, der bringer andelen af almene familieboliger ned på højst 40 pct. i 2030.
        </p>
      ) : (
        <dl class="facts">
          <dt>Pligt</dt>
          <dd>{p.developmentPlan.duty}</dd>
          <dt>Indberettede tiltag</dt>
          <dd>{p.developmentPlan.actions || 'ikke oplyst'}</dd>
          <dt>Kilde</dt>
          <dd>{p.developmentPlan.sourceUrl}</dd>
        </dl>
      )}
      <p>
        <a href={p.apiHref}>Området i API&apos;et (JSON)</a>
      </p>
    </Layout>
  );
}
