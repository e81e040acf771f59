import { Layout, type PageContext } from './Layout.tsx';

/** 404 and 400 in Danish, never with a stack trace. */
export function ErrorPage(p: {
  readonly ctx: PageContext;
  readonly status: number;
  readonly message: string;
}) {
  const title =
    p.status === 404 ? 'Siden findes ikke' : p.status === 400 ? 'Forkert forespørgsel' : 'Der opstod en fejl';
  return (
    <Layout title={title} ctx={p.ctx}>
      <h1>{title}</h1>
      <p class="font-lead">{p.message}</p>
      <p>
        Prøv <a href="/">forsiden</a>, <a href="/lister">listerne år for år</a> eller{' '}
        <a href="/soeg">søgningen</a>.
      </p>
      <p class="muted">Fejlkode {p.status}</p>
    </Layout>
  );
}
