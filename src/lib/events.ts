import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceDate } from './source-date';

export type TimelineEvent = CollectionEntry<'events'>['data'] & {
  /** The event's id, its file name without `.md`: `/timeline/#second-coup-2021`. */
  id: string;
};

/** The events in the order they happened (then by id, for two on one date). */
export async function loadEvents(): Promise<TimelineEvent[]> {
  const entries = await getCollection('events');
  return entries.map(({ id, data }) => ({ id, ...data })).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** An event's date as readers see it: “24 May 2021”, “March 2022”, “2012”, “about March 2022”. */
export function eventDate({ date, approximate }: Pick<TimelineEvent, 'date' | 'approximate'>): string {
  return approximate ? `about ${sourceDate(date)}` : sourceDate(date);
}

/** Whether an event happened after the interview's month (`YYYY-MM`): what a glossary entry's “Since then” lists. */
export const isSince = ({ date }: Pick<TimelineEvent, 'date'>, month: string) => date.slice(0, 7) > month;

/** The events that concern a glossary entry. */
export const eventsConcerning = (events: readonly TimelineEvent[], entryId: string) =>
  events.filter(({ concerns }) => concerns.includes(entryId));

/** The newest event of the record. */
export const latestEvent = (events: readonly TimelineEvent[]) => events.at(-1);
