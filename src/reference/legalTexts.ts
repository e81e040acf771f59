/**
 * The legal texts behind the built-in rule sets: the one place that says where each rule set's paragraphs can
 * be read (retsinformation.dk's ELI address of the law, `https://www.retsinformation.dk/eli/lta/<year>/<no>`; for
 * the 2013 criteria, whose amending act is not recorded here, the bill on ft.dk). The rule sets carry the
 * paragraph (`legalRef`, e.g. "almenboligloven § 61 a, stk. 1"); the site links it to these texts.
 *
 * Sources of the numbers (each cited where the act is amended or applied):
 * - LBK nr. 1023 af 21. august 2013: cited as the act amended by L 45 (2013–14), the bill that wrote the 2013
 *   ghetto criteria into § 61 a (ft.dk/samling/20131/lovforslag/l45, § 1).
 * - Lov nr. 1322 af 27. november 2018: the act "Ét Danmark uden parallelsamfund" that wrote the 2018 § 61 a
 *   (src/core/rulesets/ruleSet2018.ts).
 * - LBK nr. 119 af 1. februar 2019: the consolidated act with it, cited by Trafik-, Bygge- og Boligstyrelsens
 *   bekendtgørelse nr. 1360 af 28. november 2018 om udlejning af almene boliger as amended in 2019.
 * - Lov nr. 2157 af 27. november 2021: L 23 (2021–22) as adopted, which introduced forebyggelsesområder
 *   (§ 61 b) and the names parallelsamfund and omdannelsesområde; it amends LBK nr. 1877 af 27. september 2021
 *   (both as the act's own § 1 cites them, e.g. lovguiden.dk's copy of "LOV nr 2157 af 27/11/2021").
 * The 2010 criteria were a government strategy's ministerial criteria, not a law: no legal text is linked.
 */

/** One legal text: how it is cited, and where it is read. */
export interface LegalText {
  /** "LBK nr. 119 af 1. februar 2019", as Danish law cites it. */
  readonly citationDa: string;
  /** What it is, in Danish: "Bekendtgørelse af lov om almene boliger m.v.". */
  readonly titleDa: string;
  readonly url: string;
  /** Paragraphs this text is the one to read for (e.g. `§ 61 b`, which the act introduced); absent: the rest. */
  readonly covers?: readonly string[];
}

const L45_2013: LegalText = {
  citationDa: 'L 45 (2013–14)',
  titleDa:
    'Lovforslag om ændring af lov om almene boliger m.v. (ny definition af ghettoområder), som fremsat',
  url: 'https://www.ft.dk/samling/20131/lovforslag/l45/20131_l45_som_fremsat.htm',
};
const LBK_1023_2013: LegalText = {
  citationDa: 'LBK nr. 1023 af 21. august 2013',
  titleDa: 'Bekendtgørelse af lov om almene boliger m.v. (før ændringen ved L 45)',
  url: 'https://www.retsinformation.dk/eli/lta/2013/1023',
};
const LOV_1322_2018: LegalText = {
  citationDa: 'Lov nr. 1322 af 27. november 2018',
  titleDa: 'Lov om ændring af lov om almene boliger m.v. (Ét Danmark uden parallelsamfund)',
  url: 'https://www.retsinformation.dk/eli/lta/2018/1322',
};
const LBK_119_2019: LegalText = {
  citationDa: 'LBK nr. 119 af 1. februar 2019',
  titleDa: 'Bekendtgørelse af lov om almene boliger m.v.',
  url: 'https://www.retsinformation.dk/eli/lta/2019/119',
};
const LOV_2157_2021: LegalText = {
  citationDa: 'Lov nr. 2157 af 27. november 2021',
  titleDa:
    'Lov om ændring af lov om almene boliger m.v., lov om leje af almene boliger og lov om kommunal ' +
    'anvisningsret (indførelse af forebyggelsesområder, ny terminologi m.v.)',
  url: 'https://www.retsinformation.dk/eli/lta/2021/2157',
  covers: ['§ 61 b'],
};
const LBK_1877_2021: LegalText = {
  citationDa: 'LBK nr. 1877 af 27. september 2021',
  titleDa: 'Bekendtgørelse af lov om almene boliger m.v. (den lov, lov nr. 2157 ændrer)',
  url: 'https://www.retsinformation.dk/eli/lta/2021/1877',
};

/**
 * Each built-in rule set's legal texts, the one its paragraphs are read in first (for the 2021 rules the
 * consolidated act of September 2021, which holds § 61 a; § 61 b is read in the act that introduced it).
 */
export const LEGAL_TEXTS: Readonly<Record<string, readonly LegalText[]>> = {
  '2010': [],
  '2013': [L45_2013, LBK_1023_2013],
  '2018': [LBK_119_2019, LOV_1322_2018],
  '2021': [LBK_1877_2021, LOV_2157_2021],
};

/** The legal texts of a rule set: a scenario's are those of the rule set it derives from. */
export function legalTextsOf(ruleSetId: string, basedOn?: string | null): readonly LegalText[] {
  return LEGAL_TEXTS[ruleSetId] ?? (basedOn == null ? [] : (LEGAL_TEXTS[basedOn] ?? []));
}

/** The text a paragraph is read in: the one that covers it, else the rule set's first general text. */
export function legalTextFor(texts: readonly LegalText[], legalRef: string): LegalText | undefined {
  return (
    texts.find((t) => t.covers?.some((p) => legalRef.includes(p)) === true) ??
    texts.find((t) => t.covers === undefined)
  );
}
