import type { RehypePlugins, RemarkPlugins, RemarkRehype } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { GlossaryTerm } from '../lib/glossary-terms';
import { rehypeEditorialNotes } from './rehype-editorial-notes';
import { rehypeGlossaryLinks } from './rehype-glossary-links';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';
import { rehypeSpeakerTurns } from './rehype-speaker-turns';
import { remarkNoteCheck } from './remark-note-check';

export interface MarkdownOptions {
  /** The site's base path, `/` or `/interview/`. */
  base: string;
  glossary: GlossaryTerm[];
}

/** Every Markdown plugin of the site, in the order they run, and how footnotes are labelled. */
export function markdownPipeline({ base, glossary }: MarkdownOptions): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  remarkRehype: RemarkRehype;
} {
  return {
    remarkPlugins: [remarkGfm, remarkNoteCheck],
    rehypePlugins: [
      rehypeSpeakerTurns,
      [rehypeGlossaryLinks, { terms: glossary, glossaryHref: `${base}glossary/` }],
      rehypeEditorialNotes,
      rehypeHeadingAnchors,
    ],
    remarkRehype: {
      footnoteLabel: 'Editorial notes',
      footnoteLabelProperties: { className: ['notes-heading'] },
      footnoteBackLabel: (referenceIndex: number) => `Back to the text of note ${referenceIndex + 1}`,
    },
  };
}
