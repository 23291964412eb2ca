import type { APIRoute } from 'astro';
import { loadEvents } from '../lib/events';
import { getInterview } from '../lib/interview';
import { timelineDataSchema, type TimelineData } from '../schemas/timeline-data';

/** The record of events as data, in order (src/schemas/timeline-data.ts). */
export const GET: APIRoute = async () => {
  const [events, interview] = await Promise.all([loadEvents(), getInterview()]);
  const data: TimelineData = {
    interview: interview.data.published,
    events: events.map(({ id, date, approximate = false, title, statement, concerns, refersTo = [], sources }) => ({
      id,
      date,
      approximate,
      title,
      statement,
      concerns,
      refersTo,
      sources,
    })),
  };
  return new Response(`${JSON.stringify(timelineDataSchema.parse(data), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
