import type { Duties } from '../../analytics/duties/computeDuties.ts';
import { toDecimalString, type Rational } from '../../core/exact/rational.ts';
import { dutiesJson } from '../../views/dutiesView.ts';
import { csvText } from '../lists/csvText.ts';

const exact = (r: Rational | null): string | null => (r === null ? null : toDecimalString(r));

/**
 * The files `boligmonitor duties --out DIR` writes (besides `manifest.json`): `duties.json` (everything), and one
 * CSV per duty, full precision with `.` decimals; a missing section writes a CSV with its header only and says
 * why in `duties.json`.
 */
export function dutiesFiles(d: Duties): { readonly name: string; readonly text: string }[] {
  const daycare =
    d.daycare.kind === 'computed'
      ? d.daycare.institutions.map((i) => [
          d.daycare.kind === 'computed' ? d.daycare.countYear : null,
          i.municipalityCode,
          i.institutionId,
          i.kind,
          i.enrolled,
          i.fromUdsat,
          exact(i.decision.sharePct),
          i.decision.state,
          i.decision.dispensation ? 'true' : 'false',
          i.decision.textDa,
        ])
      : [];
  const learning =
    d.learningOffer.kind === 'computed'
      ? d.learningOffer.municipalities.map((m) => [
          d.learningOffer.kind === 'computed' ? d.learningOffer.countYear : null,
          m.municipalityCode,
          m.children,
          m.enrolled,
          m.notEnrolled,
        ])
      : [];
  const schools =
    d.languageTests.kind === 'computed'
      ? d.languageTests.schools.map((s) => [
          s.municipalityCode,
          s.schoolId,
          s.name,
          s.kind,
          s.pupils,
          s.fromListed,
          exact(s.decision.sharePct),
          s.decision.state,
          s.decision.textDa,
        ])
      : [];
  const areas =
    d.kombineretUdlejning.kind === 'computed'
      ? d.kombineretUdlejning.areas.map((a) => [
          a.municipalityCode,
          a.areaId,
          a.name,
          a.residents,
          a.k1DataYear,
          exact(a.decision.sharePct),
          a.decision.state,
          a.decision.textDa,
        ])
      : [];
  return [
    { name: 'duties.json', text: `${JSON.stringify(dutiesJson(d), null, 2)}\n` },
    {
      name: 'daginstitutioner.csv',
      text: csvText(
        [
          'count_year',
          'municipality_code',
          'institution_id',
          'kind',
          'enrolled',
          'from_udsat',
          'share_pct',
          'over_limit',
          'dispensation',
          'text_da',
        ],
        daycare,
      ),
    },
    {
      name: 'laeringstilbud.csv',
      text: csvText(['count_year', 'municipality_code', 'children', 'enrolled', 'not_enrolled'], learning),
    },
    {
      name: 'sprogproever.csv',
      text: csvText(
        [
          'municipality_code',
          'school_id',
          'name',
          'kind',
          'pupils',
          'from_listed',
          'share_pct',
          'duty',
          'text_da',
        ],
        schools,
      ),
    },
    {
      name: 'kombineret-udlejning.csv',
      text: csvText(
        ['municipality_code', 'area_id', 'name', 'residents', 'k1_data_year', 'k1_pct', 'applies', 'text_da'],
        areas,
      ),
    },
  ];
}
