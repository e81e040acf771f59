import type { MeasureId } from '../model/criteria.ts';

/**
 * The legal wording of each measure, shared by the rule sets so the Danish descriptions stay identical where
 * the law is identical. The threshold sentence is added by each rule set.
 */
export const MEASURE_WORDING_DA: Record<MeasureId, string> = {
  K1: 'Andelen af beboere i alderen 18-64 år, der er uden tilknytning til arbejdsmarkedet eller uddannelse',
  K2: 'Andelen af beboere dømt for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer',
  K3: 'Andelen af beboere i alderen 30-59 år, der alene har en grundskoleuddannelse',
  K4:
    'Den gennemsnitlige bruttoindkomst for skattepligtige i alderen 15-64 år i området eksklusive ' +
    'uddannelsessøgende',
  NW: 'Andelen af indvandrere og efterkommere fra ikke-vestlige lande',
};
