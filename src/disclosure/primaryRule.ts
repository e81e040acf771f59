import { assertNever } from '../core/assertNever.ts';
import type { Statistic } from '../core/model/statistic.ts';
import type { DisclosureOptions } from './disclosureOptions.ts';
import { protectedQuantityOf } from './protectedQuantity.ts';

/** Why a cell is suppressed on its own: the named rule (as in `tables/<id>.csv`) and a Danish reason. */
export interface PrimaryFinding {
  readonly rule: string;
  readonly reasonDa: string;
}

/** At least 1 and below `min`: the "1 or 2" of domain §7 when `min` is 3. */
const small = (x: number, min: number): boolean => x >= 1 && x < min;

/**
 * The primary rule that suppresses a measured cell (domain §7), or null when the cell may be published as far
 * as it alone is concerned. Rules are tried in this order and the first that applies is named:
 *
 * 1. `count-under-<disclosureMinCount>`: a count of at least 1 and below the threshold (0 is published);
 * 2. `persons-under-<disclosureMinPersons>`: a share over fewer persons (its denominator), a mean over fewer
 *    persons (its `n`), or a derived number whose smallest group of persons is smaller, than the threshold —
 *    a share or mean over nobody included;
 * 3. `share-part-under-<disclosureMinSharePart>`: a share whose numerator persons, or complement (denominator
 *    − numerator persons), is at least 1 and below the threshold;
 * 4. `group-<disclosureGroupObservationsOver>-or-fewer`: in a table showing large groups only, a cell resting
 *    on no more observations than the threshold (its count, denominator, `n` or fewest persons).
 *
 * Missing and not applicable cells publish no number, so no rule applies to them.
 */
export function primaryRuleFor(
  statistic: Statistic,
  options: DisclosureOptions,
  largeGroupsOnly: boolean,
): PrimaryFinding | null {
  const { disclosureMinCount, disclosureMinPersons, disclosureMinSharePart } = options;
  switch (statistic.kind) {
    case 'count':
      if (small(statistic.count, disclosureMinCount)) {
        return {
          rule: `count-under-${disclosureMinCount}`,
          reasonDa: `Antallet er mindst 1 og under ${disclosureMinCount} personer (0 offentliggøres).`,
        };
      }
      break;
    case 'share':
      if (statistic.denominator < disclosureMinPersons) {
        return {
          rule: `persons-under-${disclosureMinPersons}`,
          reasonDa: `Andelen er opgjort over færre end ${disclosureMinPersons} personer.`,
        };
      }
      if (
        small(statistic.numeratorPersons, disclosureMinSharePart) ||
        small(statistic.denominator - statistic.numeratorPersons, disclosureMinSharePart)
      ) {
        return {
          rule: `share-part-under-${disclosureMinSharePart}`,
          reasonDa:
            `Tælleren eller komplementet (nævner − tæller) er mindst 1 og under ${disclosureMinSharePart} ` +
            'personer.',
        };
      }
      break;
    case 'mean':
      if (statistic.n < disclosureMinPersons) {
        return {
          rule: `persons-under-${disclosureMinPersons}`,
          reasonDa: `Gennemsnittet er opgjort over færre end ${disclosureMinPersons} personer.`,
        };
      }
      break;
    case 'derived':
      if (statistic.persons.some((p) => p < disclosureMinPersons)) {
        return {
          rule: `persons-under-${disclosureMinPersons}`,
          reasonDa: `Tallet hviler på en gruppe på færre end ${disclosureMinPersons} personer.`,
        };
      }
      break;
    case 'missing':
    case 'notApplicable':
      return null;
    default:
      return assertNever(statistic);
  }
  const quantity = protectedQuantityOf(statistic);
  const over = options.disclosureGroupObservationsOver;
  if (largeGroupsOnly && quantity !== null && quantity.observations <= over) {
    return {
      rule: `group-${over}-or-fewer`,
      reasonDa: `Gruppen har ${over} eller færre observationer; tabellen viser kun grupper med flere end ${over}.`,
    };
  }
  return null;
}
