import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { InterviewModel } from '../model/interview';
import { CONTENT_FOLDERS } from '../schemas/content';
import { shownPath, stopForContent } from './content-error';
import { frontmatterLine } from './frontmatter';
import { SITE_IDS } from './site-ids';
import { sourceDate } from './source-date';

export type TimelineEvent = CollectionEntry<'events'>['data'] & {
  /** The event's id, its file name without `.md`: `/timeline/#2021-05-24-second-coup`. */
  id: string;
};

/** The events in the order they happened (then by id, for two on one date). */
export async function loadEvents(): Promise<TimelineEvent[]> {
  const entries = await getCollection('events');
  return entries.map(({ id, data }) => ({ id, ...data })).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** An event's date as readers see it: “24 May 2021”, “March 2022”, “2012”, “about March 2022”. */
export function eventDate({ date, approximate }: Pick<TimelineEvent, 'date' | 'approximate'>): string {
  const shown = date.length === 4 ? date : sourceDate(date);
  return approximate ? `about ${shown}` : shown;
}

/** Whether an event happened after the interview's month (`YYYY-MM`): what a glossary entry's “Since then” lists. */
export const isSince = ({ date }: Pick<TimelineEvent, 'date'>, month: string) => date.slice(0, 7) > month;

/** The events that concern a glossary entry. */
export const eventsConcerning = (events: readonly TimelineEvent[], entryId: string) =>
  events.filter(({ concerns }) => concerns.includes(entryId));

/** The newest event of the record. */
export const latestEvent = (events: readonly TimelineEvent[]) => events.at(-1);

/**
 * The places of the interview an event may refer to, by public id, with their words: each turn,
 * each photo (its credit and caption), the standfirst and the byline (`introduction`).
 */
export function interviewPlaces(
  model: InterviewModel,
  header: { standfirst: string; byline: string },
): Map<string, { label: string; text: string }> {
  const places = new Map<string, { label: string; text: string }>();
  places.set(SITE_IDS.standfirst, { label: 'Standfirst', text: header.standfirst });
  places.set(SITE_IDS.introduction, { label: 'Byline', text: header.byline });
  for (const turn of model.turns) places.set(turn.id, { label: turn.id.toUpperCase(), text: turn.paragraphs.join('\n') });
  for (const photo of model.photos) places.set(photo.id, { label: 'Photo', text: `${photo.credit}\n${photo.caption}` });
  return places;
}

/**
 * Stops the build at the first place an event refers to that the interview does not have, or whose
 * words are not there exactly as the source has them: its file, its line and what to write.
 */
export function checkEventPlaces(events: readonly TimelineEvent[], places: ReadonlyMap<string, { text: string }>, root: URL): void {
  for (const event of events) {
    event.refersTo?.forEach(({ place, words }, index) => {
      const found = places.get(place);
      if (found && found.text.includes(words)) return;
      const path = new URL(`${CONTENT_FOLDERS.events.folder}/${event.id}.md`, root);
      const line = frontmatterLine(readFileSync(path, 'utf8'), ['refersTo', index, found ? 'words' : 'place']);
      stopForContent(
        found
          ? `${shownPath(path.pathname)}:${line}: The words “${words}” are not in ${place} as the source has them. → Copy them from the interview letter for letter (content/source/interview.txt).`
          : `${shownPath(path.pathname)}:${line}: The event refers to “${place}”, which is no place of the interview. → Write a turn's id (q1…q7, a1…a7), a photo's id, ${SITE_IDS.standfirst} or ${SITE_IDS.introduction} (the byline).`,
      );
    });
  }
}
