import type { APIRoute } from 'astro';
import { loadInterview } from '../lib/interview';
import { interviewDataSchema, type InterviewData } from '../schemas/interview-data';

/** The transcript as data: sections, turns, notes, photos and glossary mentions, from the interview model. */
export const GET: APIRoute = async () => {
  const { entry, model } = await loadInterview();
  const { title, kicker, standfirst, byline, interviewer, interviewee, published, source } = entry.data;
  const data: InterviewData = {
    title,
    kicker,
    standfirst,
    byline,
    interviewer,
    interviewee,
    published,
    source: { publisher: source.publisher, language: source.language, text: `${import.meta.env.BASE_URL}interview.txt` },
    sections: model.sections,
    turns: model.turns,
    notes: model.notes,
    photos: model.photos,
    readingOrder: model.readingOrder,
  };
  return new Response(`${JSON.stringify(interviewDataSchema.parse(data), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
