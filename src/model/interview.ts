/**
 * The interview as one typed model, derived once from the transcript by the Markdown plugins
 * (src/markdown/) and read by everything else: the page, its contents, the glossary's
 * “Mentioned in”, the JSON endpoints, “did you mean”, the 404 page and the tests.
 */

export type TurnRole = 'question' | 'answer';

export interface InterviewSection {
  /** The section's public anchor, from its heading's words: `cancer-impunity`. */
  id: string;
  title: string;
  /** Ids of the turns in it, in order: `q1`, `a1`. */
  turns: string[];
}

export interface InterviewTurn {
  /** Public anchor: `q1`…, `a1`…, numbered through the interview. */
  id: string;
  number: number;
  role: TurnRole;
  /** The speaker's name, as the frontmatter gives it. */
  speaker: string;
  /** Id of the section the turn is in. */
  section: string;
  /** The turn's paragraphs as readers see them: the source's words, without the speaker label or note numbers. */
  paragraphs: string[];
  /** Ids of the glossary entries the turn mentions, in order of first mention. */
  mentions: string[];
}

export interface InterviewNote {
  /** The note's label in the transcript (`[^keita]`). */
  id: string;
  /** Its number as shown, in order of first reference. */
  number: number;
  /** Public anchor of the note: `user-content-fn-keita`. */
  anchor: string;
  /** The note's words as readers see them. */
  text: string;
  /** Where it is referred to: a section, turn or photo id. */
  referencedIn: string[];
}

export interface InterviewPhoto {
  /** Public anchor: `photo-mopti`. */
  id: string;
  credit: string;
  caption: string;
  /** Id of the section the photo stands in. */
  section: string;
  /** Ids of the glossary entries its caption and credit mention. */
  mentions: string[];
}

export interface InterviewModel {
  /** Glossary entries that the header (kicker, standfirst, byline) mentions: the `introduction`. */
  introductionMentions: string[];
  sections: InterviewSection[];
  turns: InterviewTurn[];
  notes: InterviewNote[];
  photos: InterviewPhoto[];
  /** Ids of the turns and photos in the order a reader meets them. */
  readingOrder: string[];
}

/** A place in the interview that mentions a glossary entry, as the glossary page lists it. */
export interface MentionPlace {
  /** Anchor on the interview page: `introduction`, `q1`, `a3`, `photo-mopti`. */
  id: string;
  /** Short label: `Q1`, `A3`, `Photo`, `Introduction`. */
  label: string;
  /** Title of the section it is in; empty for the introduction. */
  section: string;
}

/** “Q3” / “A3”: how the site refers to a turn everywhere. */
export function turnLabel(turn: Pick<InterviewTurn, 'id'>): string {
  return turn.id.toUpperCase();
}

/** Every place that mentions each glossary entry, in reading order, keyed by entry id. */
export function mentionsByEntry(model: InterviewModel): Map<string, MentionPlace[]> {
  const places = new Map<string, MentionPlace[]>();
  const add = (ids: string[], place: MentionPlace) => {
    for (const id of ids) places.set(id, [...(places.get(id) ?? []), place]);
  };
  const titles = new Map(model.sections.map((section) => [section.id, section.title]));
  const turns = new Map(model.turns.map((turn) => [turn.id, turn]));
  const photos = new Map(model.photos.map((photo) => [photo.id, photo]));
  add(model.introductionMentions, { id: 'introduction', label: 'Introduction', section: '' });
  for (const id of model.readingOrder) {
    const turn = turns.get(id);
    const photo = photos.get(id);
    if (turn) add(turn.mentions, { id, label: turnLabel(turn), section: titles.get(turn.section) ?? '' });
    if (photo) add(photo.mentions, { id, label: 'Photo', section: titles.get(photo.section) ?? '' });
  }
  return places;
}
