import { ASSUMPTIONS, type Assumptions } from '../../core/assumptions.ts';
import { LIST_NAMES_DA } from '../../core/model/lists.ts';
import { legalTextsOf } from '../../reference/legalTexts.ts';
import type { RuleSetDescription } from '../../views/ruleSetDescription.ts';
import type { ApiExample } from '../api/apiExamples.ts';
import { criterionAnchor } from './criterionAnchor.ts';
import { Layout, type PageContext } from './Layout.tsx';
import { LegalRef, LegalTextList } from './LegalRef.tsx';

const yearsText = (ys: readonly number[]): string =>
  ys.length === 0 ? 'ikke i kraft' : ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`;

/** A served run on the Metode page: what it computed and which of its years the site shows. */
export interface MethodRun {
  readonly runId: string;
  readonly command: string;
  readonly finishedAt: string;
  readonly shownYearsDa: string;
  /** The scenario's label, for a scenario run. */
  readonly scenarioDa: string | null;
}

/** One rule set with its lists and criteria, each paragraph linked to its legal text. */
function RuleSetSection(props: { readonly rs: RuleSetDescription; readonly scenario: boolean }) {
  const { rs } = props;
  const texts = legalTextsOf(rs.id, rs.basedOn);
  return (
    <section>
      <h3 id={`regler-${rs.id}`}>
        {props.scenario ? `Scenarie: ${rs.nameDa}` : `${rs.nameDa} (lister ${yearsText(rs.listYears)})`}
      </h3>
      {props.scenario && (
        <p>
          Ikke lovens regler: et scenarie
          {rs.basedOn === undefined ? '' : `, afledt af regelsættet ${rs.basedOn}`}. {rs.description}
        </p>
      )}
      <p>
        Mindst {rs.minResidents.toLocaleString('da-DK')} beboere. Regelsættets SHA-256:{' '}
        <code>{rs.sha256.slice(0, 16)}…</code>
      </p>
      <LegalTextList texts={texts} />
      {rs.lists.map((l) => (
        <div>
          <h4>
            {LIST_NAMES_DA[l.list]} – <LegalRef legalRef={l.legalRef} texts={texts} />
          </h4>
          <p>{l.descriptionDa}</p>
          {[...(l.gates ?? []), ...(l.group?.criteria ?? [])].length > 0 && (
            <ul>
              {[...(l.gates ?? []), ...(l.group?.criteria ?? [])].map((c) => (
                <li id={criterionAnchor(rs.id, c.id)}>
                  <strong>{c.measure}</strong> (<LegalRef legalRef={c.legalRef} texts={texts} />
                  ): {c.descriptionDa}
                </li>
              ))}
            </ul>
          )}
          {l.group !== undefined && <p>Mindst {l.group.minMet} af kriterierne skal være opfyldt.</p>}
          {l.persistence !== undefined && (
            <p>
              Kræver, at området har været på listen over {LIST_NAMES_DA[l.persistence.of].toLowerCase()} i
              hvert af de seneste {l.persistence.years} år
              {l.persistence.transitional !== undefined
                ? ` (${l.persistence.transitional.years} år for listerne til og med ${l.persistence.transitional.throughYear})`
                : ''}
              .
            </p>
          )}
        </div>
      ))}
    </section>
  );
}

/** Metode: the rule sets rendered from their data, the assumptions of this run, and how unknowns are shown. */
export function MethodPage(p: {
  readonly ctx: PageContext;
  readonly ruleSets: readonly RuleSetDescription[];
  /** The rule sets of the scenarios served beside the law's lists. */
  readonly scenarioRuleSets: readonly RuleSetDescription[];
  readonly runs: readonly MethodRun[];
  readonly assumptions: Assumptions;
  readonly command: string;
}) {
  return (
    <Layout
      title="Metode"
      ctx={p.ctx}
      current="/metode"
      crumbs={[{ href: '/', label: 'Forside' }, { label: 'Metode' }]}
    >
      <h1>Metode og regler</h1>
      <p class="font-lead">
        Boligmonitor beregner hvert kriterium for hvert område efter lovens regler for året, med eksakte tal:
        en værdi sammenlignes med grænsen uden afrunding, og vises med så mange decimaler, at den aldrig ser
        ud til at modsige afgørelsen.
      </p>
      <h2>Ukendt er ikke &quot;nej&quot;</h2>
      <p>
        Når et tal eller et tidligere år mangler, er afgørelsen usikker, og det står der – med grunden. Et
        område, der ikke er nævnt på en officiel liste, som kun er delvist kendt, har ukendt status, ikke
        &quot;ikke på listen&quot;.
      </p>
      <h2>Diskretionering</h2>
      <p>
        Siden viser kun tal for hele boligområder: antal beboere, andele og gennemsnit. Ingen oplysninger om
        enkeltpersoner forlader beregningen. En margen i personer (&quot;7 personer fra at opfylde K3&quot;)
        er en tænkt ændring – hvor mange beboere der skulle være anderledes, før kriteriet skiftede – ikke en
        optælling af bestemte personer.
      </p>
      <h2>Reglerne</h2>
      {p.ruleSets.map((rs) => (
        <RuleSetSection rs={rs} scenario={false} />
      ))}
      {p.scenarioRuleSets.length > 0 && (
        <>
          <h2>Scenariernes regler – ikke lovens</h2>
          {p.scenarioRuleSets.map((rs) => (
            <RuleSetSection rs={rs} scenario />
          ))}
        </>
      )}
      <h2>Kørslerne</h2>
      <p>
        Et år, som flere kørsler har beregnet, vises fra den seneste (efter starttidspunkt, dernæst
        kørsels-id).
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Kørsler">
        <table class="table table--zebra">
          <caption class="sr-only">De viste kørsler med de år, siden viser fra hver</caption>
          <thead>
            <tr>
              <th scope="col">Kørsel</th>
              <th scope="col">Viste år</th>
              <th scope="col">Færdig</th>
              <th scope="col">Kommando</th>
            </tr>
          </thead>
          <tbody>
            {p.runs.map((r) => (
              <tr>
                <th scope="row">
                  <code>{r.runId}</code>
                  {r.scenarioDa !== null && <div class="muted">{r.scenarioDa}</div>}
                </th>
                <td>{r.shownYearsDa}</td>
                <td>{r.finishedAt}</td>
                <td>
                  <code>{r.command}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Antagelser i {p.runs.length === 1 ? 'denne kørsel' : 'den nyeste kørsel'}</h2>
      <p>
        Hvor lovgivningen ikke afgør en detalje, bruger Boligmonitor en navngivet antagelse. Kørslen (
        <code>{p.command}</code>) brugte:
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Antagelser">
        <table class="table table--zebra">
          <caption class="sr-only">Antagelser med værdien i denne kørsel og standardværdien</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Værdi</th>
              <th scope="col">Standard</th>
              <th scope="col">Hvad (engelsk)</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(ASSUMPTIONS).map(([name, a]) => (
              <tr>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>
                  <code>{p.assumptions[name as keyof Assumptions]}</code>
                </td>
                <td>
                  <code>{a.default}</code>
                </td>
                <td lang="en">{a.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** API documentation: every endpoint with an example request (the examples are tested). */
export function ApiDocsPage(p: { readonly ctx: PageContext; readonly examples: readonly ApiExample[] }) {
  return (
    <Layout
      title="API"
      ctx={p.ctx}
      current="/api"
      crumbs={[{ href: '/', label: 'Forside' }, { label: 'API' }]}
    >
      <h1>Åbent API</h1>
      <p class="font-lead">
        Alle tal på siden kan hentes som JSON under <code>/api/v1</code>. API&apos;et er åbent (CORS for GET),
        uden nøgle, og beskrevet i et OpenAPI 3.1-dokument:{' '}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>
      <h2>Endepunkter</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Endepunkter">
        <table class="table table--zebra">
          <caption class="sr-only">API&apos;ets endepunkter med et eksempel hver</caption>
          <thead>
            <tr>
              <th scope="col">Eksempel</th>
              <th scope="col">Svar</th>
              <th scope="col">Hvad</th>
            </tr>
          </thead>
          <tbody>
            {p.examples.map((e) => (
              <tr>
                <td>
                  <a href={e.path}>
                    <code>GET {e.path}</code>
                  </a>
                </td>
                <td>{e.status}</td>
                <td>{e.descriptionDa}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Fejl</h2>
      <p>
        Alle fejl har samme form: <code>{'{ "error": { "code", "message", "details" } }'}</code>. Et ugyldigt
        år giver 400, et ukendt område 404.
      </p>
      <h2>Caching</h2>
      <p>
        Svarene har <code>ETag</code> og <code>Cache-Control</code>; send <code>If-None-Match</code> for at få
        304, når data ikke er ændret.
      </p>
    </Layout>
  );
}

/** Tilgængelighedserklæring. */
export function AccessibilityPage(p: { readonly ctx: PageContext }) {
  return (
    <Layout
      title="Tilgængelighedserklæring"
      ctx={p.ctx}
      crumbs={[{ href: '/', label: 'Forside' }, { label: 'Tilgængelighedserklæring' }]}
    >
      <h1>Tilgængelighedserklæring</h1>
      <p class="font-lead">
        Boligmonitor skal kunne bruges af alle. Siden er bygget på Det Fælles Designsystem og testes
        automatisk mod WCAG 2.1 niveau A og AA.
      </p>
      <h2>Sådan testes siden</h2>
      <ul>
        <li>Hver sidetype åbnes i en rigtig browser og kontrolleres med axe-core for WCAG 2.1 A og AA.</li>
        <li>Alle links, knapper og felter kan nås med tastaturet, og fokus er synligt.</li>
        <li>Grafer har en tekstbeskrivelse, og tallene bag dem står i en tabel.</li>
        <li>Siden virker uden JavaScript; sortering og filtrering af tabeller er en tilføjelse.</li>
      </ul>
      <h2>Kendte begrænsninger</h2>
      <ul>
        <li>Store tabeller kræver vandret rulning på smalle skærme; tabellerne kan rulles med tastaturet.</li>
        <li>Regelteksterne for antagelserne er på engelsk.</li>
      </ul>
      <h2>Kontakt</h2>
      <p>Fejl og mangler kan meldes som en sag i projektets offentlige sagsliste.</p>
    </Layout>
  );
}
