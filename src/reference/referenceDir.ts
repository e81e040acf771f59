import { fileURLToPath } from 'node:url';

/** The bundled reference data (municipalities, regions, country codes, official lists); see reference/SOURCES.md. */
export const REFERENCE_DIR: string = fileURLToPath(new URL('../../reference/', import.meta.url));
