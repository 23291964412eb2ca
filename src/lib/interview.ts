import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { GlossaryMentions } from './glossary-mentions';
import type { TranscriptSection } from './transcript-sections';

/** The transcript entry. The collection holds exactly one interview. */
export async function getInterview(): Promise<CollectionEntry<'interview'>> {
  const entries = await getCollection('interview');
  const [interview, ...extra] = entries;
  if (!interview || extra.length > 0) {
    throw new Error(
      `content/interview/ must hold exactly one .mdx file; found ${entries.length}: ${entries.map((entry) => entry.id).join(', ') || 'none'}.`,
    );
  }
  return interview;
}

/** The rendered transcript with what its Markdown plugins found: sections and glossary mentions. */
export async function renderInterview(entry: CollectionEntry<'interview'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return {
    Content,
    sections: (remarkPluginFrontmatter.transcriptSections ?? []) as TranscriptSection[],
    mentions: (remarkPluginFrontmatter.glossaryMentions ?? {}) as GlossaryMentions,
  };
}
