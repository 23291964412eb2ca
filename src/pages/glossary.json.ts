import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { GlossarySummaries } from '../lib/json-endpoints';

/** Term, summary and “since then” of each glossary entry, for the previews in the transcript. */
export const GET: APIRoute = async () => {
  const entries = await getCollection('glossary');
  const summaries: GlossarySummaries = Object.fromEntries(
    entries
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data }) => [id, { term: data.term, summary: data.summary, ...(data.since ? { since: data.since } : {}) }]),
  );
  return new Response(JSON.stringify(summaries), { headers: { 'content-type': 'application/json' } });
};
