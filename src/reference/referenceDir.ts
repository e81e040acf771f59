import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.ts';

/** The bundled reference data (municipalities, regions, country codes, official lists); see reference/SOURCES.md. */
export const REFERENCE_DIR: string = join(PACKAGE_ROOT, 'reference', '/');
