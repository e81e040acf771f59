import type { RunStage } from '../runs/runDelivery.ts';

/** Danish names of the register pipeline's stages, for progress lines. */
export const RUN_STAGE_NAMES_DA: Record<RunStage, string> = {
  load: 'Indlæsning',
  validate: 'Validering',
  indicators: 'Indikatorer',
  classify: 'Klassifikation',
  write: 'Skrivning af lister',
};
