import { assertNever } from '../assertNever.ts';
import { formatNumberDa } from '../format/formatDa.ts';
import { TREATED_POST } from './didDesignColumns.ts';
import type { DidDesignProblem } from './didModel.ts';

const yearsText = (years: readonly number[], none: string): string =>
  years.length === 0 ? none : years.join(', ');

/** A design column in Danish words: the coefficient of interest, an event-study year, or the column's name. */
function columnDa(column: string): string {
  if (column === TREATED_POST) return 'effekten (behandlet kommune × efterperiode)';
  const year = /^treated×(\d{4})$/.exec(column)?.[1];
  return year !== undefined ? `event study-koefficienten for ${year}` : column;
}

/** Why the difference-in-differences cannot be estimated, in Danish (the report). */
export function didProblemTextDa(p: DidDesignProblem): string {
  switch (p.kind) {
    case 'noTreated':
      return 'Modellen kan ikke estimeres: ingen kommuner med forebyggelsesområder (behandlede kommuner) i data.';
    case 'noControl':
      return 'Modellen kan ikke estimeres: ingen kommuner uden forebyggelsesområder (kontrolkommuner) i data.';
    case 'tooFewPreYears':
      return p.missingReferenceYear !== undefined
        ? `Modellen kan ikke estimeres: referenceåret ${p.missingReferenceYear} er ikke blandt førperiodens år med både behandlede kommuner og kontrolkommuner (${yearsText(p.preYears, 'ingen')}).`
        : `Modellen kan ikke estimeres: der kræves mindst to år i førperioden med både behandlede kommuner og kontrolkommuner, men der er ${p.preYears.length === 0 ? 'ingen' : `kun ${yearsText(p.preYears, '')}`}.`;
    case 'noPostYears':
      return 'Modellen kan ikke estimeres: intet år i efterperioden med både behandlede kommuner og kontrolkommuner.';
    case 'singular':
      return `Modellen kan ikke estimeres: ${columnDa(p.column)} kan ikke adskilles fra de faste effekter (kollinear).`;
    case 'tooFewClusters':
      return `Modellen kan ikke estimeres: for få kommuner (${formatNumberDa(p.clusters)}) til de klyngerobuste standardfejl og testen for parallelle trends.`;
    default:
      return assertNever(p);
  }
}

/** The same in English (the CLI and logs). */
export function didProblemTextEn(p: DidDesignProblem): string {
  switch (p.kind) {
    case 'noTreated':
      return 'cannot estimate: no treated municipality (with forebyggelse areas) in the panel';
    case 'noControl':
      return 'cannot estimate: no control municipality (without forebyggelse areas) in the panel';
    case 'tooFewPreYears':
      return p.missingReferenceYear !== undefined
        ? `cannot estimate: the reference year ${p.missingReferenceYear} is not among the pre-period years with both treated and control cells (${yearsText(p.preYears, 'none')})`
        : `cannot estimate: at least two pre-period years with both treated and control cells are needed, found ${yearsText(p.preYears, 'none')}`;
    case 'noPostYears':
      return 'cannot estimate: no post-period year with both treated and control cells';
    case 'singular':
      return `cannot estimate: ${p.column} is collinear with the fixed effects`;
    case 'tooFewClusters':
      return `cannot estimate: too few clusters (${p.clusters}) for the cluster-robust variance and the pre-trend test`;
    default:
      return assertNever(p);
  }
}
