import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { checkEventPlaces, interviewPlaces, type EventIndex } from '../lib/event-places';

/**
 * Checks, once the interview model is derived, that every place an event of the timeline refers to
 * is in the interview with the words the event quotes (src/lib/event-places.ts): a misquote stops
 * the build at the event's line.
 */
export function rehypeEventPlaces({ events }: { events: EventIndex }) {
  return (_tree: Root, file: VFile) => {
    const model = file.data.interview?.model;
    const frontmatter = file.data.astro?.frontmatter as { standfirst?: unknown; byline?: unknown } | undefined;
    if (!model || typeof frontmatter?.standfirst !== 'string' || typeof frontmatter.byline !== 'string') return;
    checkEventPlaces(events.events, interviewPlaces(model, { standfirst: frontmatter.standfirst, byline: frontmatter.byline }));
  };
}
