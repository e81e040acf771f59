import { legalTextFor, type LegalText } from '../../reference/legalTexts.ts';

/**
 * A rule's paragraph ("almenboligloven § 61 a, stk. 1") linked to the legal text it is read in
 * (retsinformation.dk, or the bill on ft.dk), with the citation beside it; as plain text where the rule set has
 * no legal text (the ministerial criteria of 2010). External links open in the same window.
 */
export function LegalRef(props: { readonly legalRef: string; readonly texts: readonly LegalText[] }) {
  const first = legalTextFor(props.texts, props.legalRef);
  if (first === undefined) return <>{props.legalRef}</>;
  return (
    <>
      <a href={first.url} class="legal-link" title={first.titleDa}>
        {props.legalRef}
      </a>{' '}
      <span class="muted">({first.citationDa})</span>
    </>
  );
}

/** Every legal text of a rule set, as a list of links (the Metode page). */
export function LegalTextList(props: { readonly texts: readonly LegalText[] }) {
  if (props.texts.length === 0)
    return <p class="muted">Ingen lovtekst: kriterierne var ministerielle, ikke fastsat ved lov.</p>;
  return (
    <p>
      Lovtekst:{' '}
      {props.texts.map((t, i) => (
        <>
          {i > 0 && ' · '}
          <a href={t.url}>{t.citationDa}</a> <span class="muted">– {t.titleDa}</span>
        </>
      ))}
    </p>
  );
}
