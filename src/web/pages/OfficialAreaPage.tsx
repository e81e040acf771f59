import type { OfficialAreaView } from '../data/siteViews.ts';
import { Alert, Layout, type PageContext } from './Layout.tsx';
import { MembershipTimeline } from './MembershipTimeline.tsx';

/** An area of the official lists: the years the public record names it, partial where the record is. */
export function OfficialAreaPage(p: { readonly ctx: PageContext; readonly area: OfficialAreaView }) {
  const { area } = p;
  return (
    <Layout
      title={area.name}
      ctx={p.ctx}
      crumbs={[
        { href: '/', label: 'Forside' },
        { href: `/kommuner/${area.municipalityCode}`, label: area.municipalityName ?? area.municipalityCode },
        { label: area.name },
      ]}
    >
      <h1>{area.name}</h1>
      <dl class="facts">
        <dt>Kommune</dt>
        <dd>
          <a href={`/kommuner/${area.municipalityCode}`}>{area.municipalityName ?? area.municipalityCode}</a>
        </dd>
        {area.aliases.length > 0 && (
          <>
            <dt>Også kaldt</dt>
            <dd>{area.aliases.join('; ')}</dd>
          </>
        )}
      </dl>
      <Alert kind="info" heading="Fra de officielle lister">
        <p>
          Boligmonitor har ikke beregnet dette område i den viste kørsel. Her står, hvad de officielle lister
          2010–2024 siger om det. Flere af listerne er kun delvist kendt: et år, hvor området ikke er nævnt på
          en delvist kendt liste, er vist som ukendt – ikke som &quot;ikke på listen&quot;.
        </p>
      </Alert>
      <h2>De officielle lister år for år</h2>
      <MembershipTimeline timeline={area.timeline} />
      <p>
        <a href={`/api/v1/official-areas/${encodeURIComponent(area.areaId)}`}>Området i API&apos;et (JSON)</a>
      </p>
    </Layout>
  );
}
