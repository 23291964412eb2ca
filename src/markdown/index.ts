import type { RehypePlugins, RemarkPlugins, RemarkRehype } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { EventIndex } from '../lib/event-places';
import type { GlossaryIndex } from '../lib/glossary-terms';
import { rehypeEditorialNotes } from './rehype-editorial-notes';
import { rehypeEventPlaces } from './rehype-event-places';
import { rehypeGlossaryLinks } from './rehype-glossary-links';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';
import { rehypeInterviewModel } from './rehype-interview-model';
import { rehypeSourceFidelity } from './rehype-source-fidelity';
import { remarkContentContract } from './remark-content-contract';
import { remarkNoteCheck } from './remark-note-check';

export interface MarkdownOptions {
  /** The site's base path, `/` or `/interview/`. */
  base: string;
  /** The glossary's entries, filled by the content integration when the build starts. */
  glossary: GlossaryIndex;
  /** The timeline's references to the interview, filled by the content integration when the build starts. */
  events: EventIndex;
  /** The project's folder, where the transcript's `source.file` is read from. */
  root: string;
}

/**
 * Every Markdown plugin of the site, in the order they run, and how footnotes are labelled.
 * rehypeInterviewModel derives the interview model; the plugins after it check the transcript against
 * its source, add to the model (glossary mentions, notes) and read the structure from it.
 */
export function markdownPipeline({ base, glossary, events, root }: MarkdownOptions): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  remarkRehype: RemarkRehype;
} {
  return {
    remarkPlugins: [remarkGfm, remarkContentContract, remarkNoteCheck],
    rehypePlugins: [
      rehypeInterviewModel,
      [rehypeSourceFidelity, { root }],
      [rehypeGlossaryLinks, { glossary, glossaryHref: `${base}glossary/` }],
      rehypeEditorialNotes,
      [rehypeEventPlaces, { events }],
      rehypeHeadingAnchors,
    ],
    remarkRehype: {
      footnoteLabel: 'Editorial notes',
      footnoteLabelProperties: {},
      footnoteBackLabel: (referenceIndex: number) => `Back to the text of note ${referenceIndex + 1}`,
    },
  };
}
