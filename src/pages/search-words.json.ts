import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { wordsOf } from '../scripts/search/suggest';
import { getInterview } from '../lib/interview';

/**
 * The words of the interview and glossary: what “did you mean” suggests from. Fetched only
 * when a search finds nothing.
 */
export const GET: APIRoute = async () => {
  const interview = await getInterview();
  const glossary = await getCollection('glossary');
  const text = [
    ...Object.values(interview.data).filter((value): value is string => typeof value === 'string'),
    (interview.body ?? '').replace(/<[^>]+>/g, ' '),
    ...glossary.map((entry) => `${entry.data.term} ${entry.data.matches.join(' ')}`),
  ].join(' ');
  return new Response(JSON.stringify(wordsOf(text)), { headers: { 'content-type': 'application/json' } });
};
