/** The site's few additions to DKFDS: navigation, status tags, the timeline, charts and the map. */
export const SITE_CSS = String.raw`
.site-header-bar { background: #1a1a1a; height: 0.6rem; }
.solution-info-inner { display: flex; align-items: baseline; justify-content: space-between; flex-wrap: wrap; gap: 0.8rem 2rem; padding-top: 1.6rem; padding-bottom: 1.2rem; }
.solution-heading a { font-size: 2.4rem; font-weight: 600; color: #1a1a1a; text-decoration: none; }
.solution-heading a:hover { text-decoration: underline; }
.solution-tagline { margin: 0; color: #4d4d4d; }
.site-nav-list > li, .cards > li, .legend > li, .unstyled-list > li, .site-footer-links > li { padding-left: 0; }
.site-nav-list > li::before, .cards > li::before, .legend > li::before, .unstyled-list > li::before, .site-footer-links > li::before { content: none; display: none; }
.breadcrumbs__list-item + .breadcrumbs__list-item::before { content: "›"; margin: 0 0.8rem; color: #767676; }
.table th.num, .table td.num { text-align: right; }
.table thead th.num .sort-button { margin-left: auto; }
.site-nav { border-bottom: 1px solid #bfbfbf; background: #fff; }
.site-nav-list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 2rem; }
.site-nav-list li { margin: 0; padding: 0; }
.site-nav-list a { display: inline-block; padding: 1.2rem 0 1rem; text-decoration: none; color: #1a1a1a; border-bottom: 4px solid transparent; }
.site-nav-list a:hover { border-bottom-color: #767676; }
.site-nav-list a[aria-current="page"] { border-bottom-color: #0059b3; font-weight: 600; }
.page-container { padding-top: 1.6rem; padding-bottom: 4rem; }
main:focus { outline: none; }
.site-footer { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; }
.site-footer-links { display: flex; gap: 2rem; flex-wrap: wrap; }
.site-search { max-width: 56rem; }
.site-search-row { display: flex; gap: 0.8rem; align-items: flex-end; flex-wrap: wrap; }
.site-search-row .form-input { flex: 1 1 24rem; max-width: none; }
.site-search-row .button { margin-top: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1.6rem; margin: 1.6rem 0; padding: 0; list-style: none; max-width: none; }
.cards > li { margin: 0; padding: 0; max-width: none; }
.count-card { border: 1px solid #bfbfbf; border-radius: 4px; padding: 1.6rem; height: 100%; background: #fff; }
.count-card h3 { margin-top: 0; font-size: 1.8rem; }
.count-card .count { font-size: 4rem; font-weight: 600; line-height: 1.1; margin: 0.4rem 0; }
.status { display: inline-block; padding: 0.1rem 0.8rem; border-radius: 1rem; font-size: 1.4rem; font-weight: 600; white-space: nowrap; border: 1px solid currentColor; }
.status-yes { background: #fbe3e3; color: #8b0a03; }
.status-no { background: #eaf5ec; color: #22562f; }
.status-unknown { background: #fff3cd; color: #5c4400; border-style: dashed; }
.status-nolist { background: #f5f5f5; color: #4d4d4d; }
.table-wrap { overflow-x: auto; max-width: 100%; margin-bottom: 1.6rem; }
.table-wrap:focus { outline: 2px solid #0059b3; outline-offset: 2px; }
.table .num, .table [data-type="number"] { text-align: right; font-variant-numeric: tabular-nums; }
.sort-button { background: none; border: 0; padding: 0; font: inherit; font-weight: 600; color: #0059b3; text-decoration: underline; cursor: pointer; text-align: inherit; }
.sort-button:focus { outline: 3px solid #747474; outline-offset: 2px; }
th[aria-sort="ascending"] .sort-button::after { content: " ▲"; }
th[aria-sort="descending"] .sort-button::after { content: " ▼"; }
.timeline th[scope="col"] { writing-mode: horizontal-tb; font-size: 1.3rem; }
.timeline td { text-align: center; padding: 0.4rem; }
.timeline .status { padding: 0 0.4rem; min-width: 2.4rem; }
.legend { list-style: none; padding: 0; display: flex; gap: 1.6rem; flex-wrap: wrap; }
.legend li { margin: 0; }
.chart { max-width: 100%; height: auto; }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr)); gap: 1.6rem; }
.chart-grid figure { margin: 0; border: 1px solid #e0e0e0; padding: 0.8rem; }
.chart-grid figcaption { font-weight: 600; margin-bottom: 0.4rem; }
.map-figure { margin: 1.6rem 0; }
.map-figure svg { max-width: 100%; height: auto; }
.map-figure a:focus path, .map-figure a:focus polygon { stroke: #000; stroke-width: 3; }
.attribution { font-size: 1.3rem; color: #4d4d4d; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0,0,0,0); white-space: nowrap; border: 0; }
.muted { color: #4d4d4d; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1.6rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
`;
