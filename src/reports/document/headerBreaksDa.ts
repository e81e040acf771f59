/**
 * Where a long Danish word in a table heading may break, as a soft hyphen (U+00AD): the browser shows a hyphen
 * only when it breaks the word there. Chromium has no Danish hyphenation dictionary, and a wide table (table 2.2
 * has 11 columns) whose headings cannot break overflows the A4 text width, which makes Chromium shrink every
 * page of the PDF to fit it. Only the HTML and the PDF get these; the CSV and Excel headings stay as written.
 */
export const HEADER_BREAKS_DA: Readonly<Record<string, string>> = {
  lejeledighedsprocent: 'lejeledigheds\u00adprocent',
  sprogprøveforsøg: 'sprogprøve\u00adforsøg',
  sprogprøveforsøget: 'sprogprøve\u00adforsøget',
  sprogparate: 'sprog\u00adparate',
  genudlejede: 'genud\u00adlejede',
};

/** A heading with the declared soft hyphens put into its long words (the word's own first letter kept). */
export function withHeaderBreaksDa(label: string): string {
  return label.replace(/\p{L}+/gu, (word) => {
    const hit = HEADER_BREAKS_DA[word.toLowerCase()];
    return hit === undefined ? word : word.charAt(0) + hit.slice(1);
  });
}
