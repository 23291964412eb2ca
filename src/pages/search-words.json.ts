import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { wordsOf } from '../scripts/search/suggest';
import { loadInterview } from '../lib/interview';
import type { SearchWords } from '../lib/json-endpoints';

/**
 * The words readers see in the interview and the glossary: what “did you mean” suggests from.
 * Fetched only when a search finds nothing.
 */
export const GET: APIRoute = async () => {
  const { entry, model } = await loadInterview();
  const glossary = await getCollection('glossary');
  const { kicker, title, standfirst, byline, headerNote = '' } = entry.data;
  const text = [
    kicker,
    title,
    standfirst,
    byline,
    headerNote,
    ...model.sections.map((section) => section.title),
    ...model.turns.flatMap((turn) => [turn.speaker, ...turn.paragraphs]),
    ...model.photos.flatMap((photo) => [photo.credit, photo.caption]),
    ...model.notes.map((note) => note.text),
    ...glossary.flatMap(({ data }) => [data.term, data.expansion ?? '', data.summary]),
  ].join('\n');
  const words: SearchWords = wordsOf(text);
  return new Response(JSON.stringify(words), { headers: { 'content-type': 'application/json' } });
};
