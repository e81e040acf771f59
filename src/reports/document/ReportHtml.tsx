import { withHeaderBreaksDa } from './headerBreaksDa.ts';
import { assertNever } from '../../core/assertNever.ts';
import type { ReportTable } from '../../views/report/reportTable.ts';
import type { Block, Chapter, ReportDocument } from '../report/reportDocument.ts';
import { itemLabelDa } from '../template/reportItemInputs.ts';
import { markdownHtml } from './markdownHtml.ts';
import { reportCss } from './reportCss.ts';
import { markNotesDa, tableCellDa } from './tableCellDa.ts';

/** One line of the table of contents: a chapter (level 1) or a section heading (2, 3). */
export interface TocEntry {
  readonly anchor: string;
  readonly level: 1 | 2 | 3;
  readonly textDa: string;
}

/** The table of contents of a document: chapters and their numbered sections, in reading order. */
export function tocOf(doc: ReportDocument): TocEntry[] {
  return doc.chapters.flatMap((c) => [
    { anchor: c.anchor, level: 1 as const, textDa: `${c.number} ${c.titleDa}` },
    ...c.blocks.flatMap((b) =>
      b.kind === 'heading' && b.level === 2
        ? [{ anchor: b.anchor, level: 2 as const, textDa: b.textDa }]
        : [],
    ),
  ]);
}

/** The whole report as one HTML page; `pages` gives each anchor's page in the printed PDF, when known. */
export function ReportHtml({
  doc,
  pages,
}: {
  readonly doc: ReportDocument;
  readonly pages: ReadonlyMap<string, number>;
}) {
  return (
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${doc.titleDa} ${doc.listYear}`}</title>
        <style dangerouslySetInnerHTML={{ __html: reportCss() }} />
      </head>
      <body>
        <header class="front">
          <div class="kicker">Boligmonitor</div>
          <h1>{doc.titleDa}</h1>
          <div class="subtitle">{doc.subtitleDa}</div>
          <div class="year">{doc.listYear}</div>
        </header>
        <nav class="toc" aria-labelledby="indhold">
          <h2 id="indhold">Indhold</h2>
          <ol>
            {tocOf(doc).map((e) => (
              <li class={`level-${e.level}`} key={e.anchor}>
                <a href={`#${e.anchor}`}>{e.textDa}</a>
                <span class="dots" aria-hidden="true" />
                <span class="page">{pages.get(e.anchor) ?? ''}</span>
              </li>
            ))}
          </ol>
        </nav>
        <main>
          {doc.chapters.map((c) => (
            <ChapterView chapter={c} key={c.anchor} />
          ))}
        </main>
        <section class="colophon" aria-labelledby="kolofon">
          <h2 id="kolofon">Kolofon</h2>
          <dl>
            <dt>Udgivet af</dt>
            <dd>Boligmonitor {doc.colophon.softwareVersion}</dd>
            <dt>Regelsæt</dt>
            <dd>{doc.colophon.ruleSetDa}</dd>
            <dt>Kørsel</dt>
            <dd>{doc.colophon.runId}</dd>
            <dt>Dannet</dt>
            <dd>{doc.colophon.generatedAt}</dd>
          </dl>
          <p>
            Alle tal fra personregistre er diskretioneret: antal på 1 eller 2 personer, andele og gennemsnit
            over færre end 5 personer vises ikke, og flere celler skjules, så ingen skjult celle kan regnes ud
            af de viste. Hver beslutning står i audit/disclosure.csv ved siden af rapporten.
          </p>
        </section>
      </body>
    </html>
  );
}

function ChapterView({ chapter }: { readonly chapter: Chapter }) {
  return (
    <section class="chapter" id={chapter.anchor} aria-labelledby={`${chapter.anchor}-titel`}>
      <h2 class="chapter" id={`${chapter.anchor}-titel`}>
        {chapter.number} {chapter.titleDa}
      </h2>
      {chapter.blocks.map((b, i) => (
        <BlockView block={b} key={i} />
      ))}
    </section>
  );
}

function BlockView({ block }: { readonly block: Block }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? (
        <h3 id={block.anchor}>{block.textDa}</h3>
      ) : (
        <h4 id={block.anchor}>{block.textDa}</h4>
      );
    case 'prose':
      return <div class="prose" dangerouslySetInnerHTML={{ __html: markdownHtml(block.markdown) }} />;
    case 'box':
      return (
        <aside class="box" id={block.id} aria-labelledby={`${block.id}-titel`}>
          <h4 id={`${block.id}-titel`}>
            {itemLabelDa(block.id)} {block.titleDa}
          </h4>
          <div dangerouslySetInnerHTML={{ __html: markdownHtml(block.markdown) }} />
        </aside>
      );
    case 'table':
      return (
        <div class="item" id={block.table.id}>
          <Caption table={block.table} />
          <TableView table={block.table} />
          <Notes table={block.table} />
        </div>
      );
    case 'figure':
      return (
        <div class="item" id={block.table.id}>
          <Caption table={block.table} />
          <figure dangerouslySetInnerHTML={{ __html: block.svg }} />
          <Notes table={block.table} />
        </div>
      );
    case 'notice':
      return (
        <div class="notice" id={block.id} role="note">
          <strong>Vises ikke.</strong> {block.textDa}
        </div>
      );
    default:
      return assertNever(block);
  }
}

function Caption({ table }: { readonly table: ReportTable }) {
  return (
    <div class="caption">
      <span class="label">{itemLabelDa(table.id)}</span>
      <span class="title">{table.titleDa}</span>
    </div>
  );
}

/** Tables with more columns than this are set smaller, so they fit the A4 text width (table 2.2 has 11). */
export const WIDE_TABLE_COLUMNS = 8;

/** A table: rows × columns of its cells, each printed by `tableCellDa`. */
export function TableView({ table }: { readonly table: ReportTable }) {
  const cell = new Map(table.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  return (
    <table class={table.columns.length > WIDE_TABLE_COLUMNS ? 'data wide' : 'data'}>
      <thead>
        <tr>
          <th scope="col" />
          {table.columns.map((c) => (
            <th scope="col" key={c.key}>
              {withHeaderBreaksDa(c.labelDa)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.key} class={r.labelDa === 'I alt' ? 'total' : undefined}>
            <th scope="row">{r.labelDa}</th>
            {table.columns.map((c) => {
              const x = cell.get(`${r.key}\u0000${c.key}`);
              return <td key={c.key}>{x === undefined ? '' : tableCellDa(x)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Notes({ table }: { readonly table: ReportTable }) {
  const notes = [...table.notesDa, ...markNotesDa(table.cells)];
  return (
    <div class="notes">
      {notes.map((n, i) => (
        <p key={i}>Anm.: {n}</p>
      ))}
      <p>Kilde: {table.sourceDa}</p>
    </div>
  );
}
