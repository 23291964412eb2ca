import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { eventDate, eventsConcerning, isSince, loadEvents } from '../lib/events';
import { getInterview } from '../lib/interview';
import type { GlossarySummaries } from '../lib/json-endpoints';

/**
 * Term, summary and “since then” of each glossary entry, for the previews in the transcript: “since
 * then” is the latest event after the interview that concerns it, from the record (src/lib/events.ts).
 */
export const GET: APIRoute = async () => {
  const [entries, events, interview] = await Promise.all([getCollection('glossary'), loadEvents(), getInterview()]);
  const since = events.filter((event) => isSince(event, interview.data.published.month));
  const summaries: GlossarySummaries = Object.fromEntries(
    entries
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data }) => {
        const latest = eventsConcerning(since, id).at(-1);
        return [id, { term: data.term, summary: data.summary, ...(latest ? { since: `${eventDate(latest)}: ${latest.title}` } : {}) }];
      }),
  );
  return new Response(JSON.stringify(summaries), { headers: { 'content-type': 'application/json' } });
};
