import type { ComponentChildren } from 'preact';
import { ASSET_PATHS } from '../static/assetPaths.ts';

/** A served run as the footer names it: its id and the computed years the site shows from it. */
export interface RunNote {
  readonly runId: string;
  readonly yearsDa: string;
}

/** What every page knows about the data it shows (the footer's date and runs; a scenario's label). */
export interface PageContext {
  readonly dataDate: string;
  /** The newest served run. */
  readonly runId: string;
  /** Every run the page's data comes from, with the years shown from it. */
  readonly runs: readonly RunNote[];
  readonly softwareVersion: string;
  /** Set on a scenario's pages: the label shown on every one of them. */
  readonly scenario?: { readonly id: string; readonly labelDa: string } | null;
}

/** "kørsel a (2018–2024)" or "kørsler a (2018–2023), b (2024)". */
export function runsDa(runs: readonly RunNote[]): string {
  const one = (r: RunNote): string => (r.yearsDa === '' ? r.runId : `${r.runId} (${r.yearsDa})`);
  return `${runs.length === 1 ? 'kørsel' : 'kørsler'} ${runs.map(one).join(', ')}`;
}

/** The label of a scenario's pages: above every heading, so no scenario list is read as the official one. */
export function ScenarioBanner(props: { readonly labelDa: string; readonly id: string }) {
  return (
    <div class="alert alert-warning scenario-banner">
      <div class="alert-body">
        <p class="alert-heading">{props.labelDa}</p>
        <div class="alert-text">
          <p>
            Listerne her er beregnet med et andet regelsæt end lovens (regelsæt <code>{props.id}</code>). De
            er et tænkt eksempel, ikke ministeriets lister og ikke Boligmonitors beregning efter loven.{' '}
            <a href="/scenarier">Om scenarierne</a> · <a href="/lister">Listerne efter loven</a>
          </p>
        </div>
      </div>
    </div>
  );
}

export interface Crumb {
  readonly href?: string;
  readonly label: string;
}

const NAV: readonly { href: string; label: string }[] = [
  { href: '/', label: 'Forside' },
  { href: '/lister', label: 'Lister' },
  { href: '/kommuner', label: 'Kommuner' },
  { href: '/metode', label: 'Metode' },
  { href: '/api', label: 'API' },
];

/** `2. december 2026` from an ISO date. */
export function dateDa(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(d);
}

/** The page frame on Det Fælles Designsystem: skip link, header with navigation, breadcrumbs, main, footer. */
export function Layout(props: {
  readonly title: string;
  readonly ctx: PageContext;
  readonly crumbs?: readonly Crumb[];
  readonly current?: string;
  readonly children: ComponentChildren;
}) {
  const { title, ctx, crumbs, current, children } = props;
  return (
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Boligmonitor`}</title>
        <link rel="stylesheet" href={ASSET_PATHS.dkfdsCss} />
        <link rel="stylesheet" href={ASSET_PATHS.siteCss} />
        <script src={ASSET_PATHS.dkfdsJs} defer></script>
        <script src={ASSET_PATHS.siteJs} defer></script>
      </head>
      <body>
        <a class="skipnav" href="#main-content">
          Gå til sideindhold
        </a>
        <header class="header">
          <div class="site-header-bar"></div>
          <div class="solution-info">
            <div class="container solution-info-inner">
              <div class="solution-heading">
                <a href="/">Boligmonitor</a>
              </div>
              <p class="solution-tagline">Almene boligområder på listerne – åbent beregnet</p>
            </div>
          </div>
          <nav class="site-nav" aria-label="Hovedmenu">
            <div class="container">
              <ul class="site-nav-list">
                {NAV.map((n) => (
                  <li>
                    <a href={n.href} aria-current={current === n.href ? 'page' : undefined}>
                      {n.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        </header>
        <div class="container page-container">
          {crumbs !== undefined && crumbs.length > 0 && (
            <nav class="breadcrumbs" aria-label="Brødkrummesti">
              <ol class="breadcrumbs__list">
                {crumbs.map((c) => (
                  <li class="breadcrumbs__list-item">
                    {c.href !== undefined ? (
                      <a class="breadcrumbs__link" href={c.href}>
                        {c.label}
                      </a>
                    ) : (
                      <span aria-current="page">{c.label}</span>
                    )}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <main id="main-content" tabindex={-1}>
            {ctx.scenario != null && <ScenarioBanner labelDa={ctx.scenario.labelDa} id={ctx.scenario.id} />}
            {children}
          </main>
        </div>
        <footer>
          <div class="footer">
            <div class="container">
              <div class="site-footer">
                <p>
                  Data pr. {ctx.dataDate} · {ctx.scenario != null ? 'scenariets ' : ''}
                  {runsDa(ctx.runs)} · Boligmonitor {ctx.softwareVersion}
                </p>
                <ul class="unstyled-list site-footer-links">
                  <li>
                    <a href="/tilgaengelighed">Tilgængelighedserklæring</a>
                  </li>
                  <li>
                    <a href="/metode">Metode og regler</a>
                  </li>
                  <li>
                    <a href="/api">Åbent API</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A DKFDS alert (info, warning, error, success). */
export function Alert(props: {
  readonly kind: 'info' | 'warning' | 'error' | 'success';
  readonly heading?: string;
  readonly children: ComponentChildren;
}) {
  return (
    <div class={`alert alert-${props.kind}`} role={props.kind === 'error' ? 'alert' : undefined}>
      <div class="alert-body">
        {props.heading !== undefined && <p class="alert-heading">{props.heading}</p>}
        <div class="alert-text">{props.children}</div>
      </div>
    </div>
  );
}

/** The search form of the front page and the search page. */
export function SearchForm(props: { readonly value?: string; readonly id?: string }) {
  const id = props.id ?? 'soeg';
  return (
    <form action="/soeg" method="get" role="search" class="site-search">
      <div class="form-group">
        <label class="form-label" for={id}>
          Søg efter boligområde, kommune eller postnummer
        </label>
        <div class="site-search-row">
          <input
            class="form-input"
            id={id}
            name="q"
            type="search"
            maxLength={100}
            value={props.value ?? ''}
            autocomplete="off"
          />
          <button class="button button-primary" type="submit">
            Søg
          </button>
        </div>
      </div>
    </form>
  );
}
