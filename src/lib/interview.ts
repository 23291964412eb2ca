import { getCollection, type CollectionEntry } from 'astro:content';

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
