import { createHash } from 'node:crypto';
import { SITE_CSS } from './siteCss.ts';
import { SITE_JS } from './siteJs.ts';

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 10);

/** The site's own assets under content-hashed names (cached for a year), and DKFDS's under its version. */
export const ASSET_PATHS = {
  siteCss: `/static/site.${hash(SITE_CSS)}.css`,
  siteJs: `/static/site.${hash(SITE_JS)}.js`,
  dkfdsCss: '/static/dkfds/css/dkfds.min.css',
  dkfdsJs: '/static/dkfds/js/dkfds.min.js',
} as const;
