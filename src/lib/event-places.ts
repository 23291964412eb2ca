import { turnLabel, type InterviewModel } from '../model/interview';
import { stopForContent } from './content-error';
import { SITE_IDS } from './site-ids';

/** What the check of an event's places needs: its file, and each place it refers to with the line it is written on. */
export interface EventReferences {
  /** The event's file, from the project's folder: `content/events/second-coup-2021.md`. */
  path: string;
  /** Each place with the lines its id and its words are written on. */
  refersTo: ReadonlyArray<{ place: string; words: string; placeLine: number; wordsLine: number }>;
}

/**
 * The events' references to the interview, for the Markdown plugins. One object for the whole run:
 * the content integration fills it when the build starts.
 */
export interface EventIndex {
  events: EventReferences[];
}

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
  for (const turn of model.turns) places.set(turn.id, { label: turnLabel(turn), text: turn.paragraphs.join('\n') });
  for (const photo of model.photos) places.set(photo.id, { label: 'Photo', text: `${photo.credit}\n${photo.caption}` });
  return places;
}

/**
 * Stops the build at the first place an event refers to that the interview does not have, or whose
 * words are not there exactly as the source has them: its file, its line and what to write.
 */
export function checkEventPlaces(events: readonly EventReferences[], places: ReadonlyMap<string, { text: string }>): void {
  for (const { path, refersTo } of events) {
    for (const { place, words, placeLine, wordsLine } of refersTo) {
      const found = places.get(place);
      if (found?.text.includes(words)) continue;
      stopForContent(
        found
          ? `${path}:${wordsLine}: The words “${words}” are not in ${place} as the source has them. → Copy them from the interview letter for letter (content/source/interview.txt).`
          : `${path}:${placeLine}: The event refers to “${place}”, which is no place of the interview. → Write a turn’s id (q1…q7, a1…a7), a photo’s id, ${SITE_IDS.standfirst} or ${SITE_IDS.introduction} (the byline).`,
      );
    }
  }
}
