import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { wordsOf } from '../scripts/search/suggest';
import { loadInterview } from '../lib/interview';
import type { SearchWords } from '../lib/json-endpoints';
import { formNames, searchNames } from '../schemas/content';

/**
 * What search knows besides the index (src/lib/json-endpoints.ts): the words readers see in the
 * interview and the glossary, with the other names the glossary gives (what a correction may
 * choose), and the names of the two speakers (a glossary entry's spellings of them included).
 * Loaded with the first search.
 */
export const GET: APIRoute = async () => {
  const { entry, model } = await loadInterview();
  const glossary = await getCollection('glossary');
  const { kicker, title, standfirst, byline, headerNote = '', interviewer, interviewee } = entry.data;
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
    ...glossary.flatMap(({ data }) => [data.term, data.expansion ?? '', data.summary, ...formNames(data.forms)]),
  ].join('\n');
  const namesOf = (name: string) => {
    const person = glossary.find(({ data }) => data.term === name)?.data;
    return [...new Set([name, ...(person?.matches ?? []), ...formNames(person?.forms)])];
  };
  const data: SearchWords = {
    words: wordsOf(text),
    speakers: { interviewer: namesOf(interviewer.name), interviewee: namesOf(interviewee.name) },
    names: [...new Set(glossary.flatMap(({ data }) => searchNames(data)))],
    terms: glossary.map(({ data }) => data.term),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
