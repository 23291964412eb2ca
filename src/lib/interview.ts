import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { InterviewModel } from '../model/interview';

/** The transcript entry. The collection holds exactly one interview (the content check makes sure). */
export async function getInterview(): Promise<CollectionEntry<'interview'>> {
  const [interview] = await getCollection('interview');
  if (!interview) throw new Error('content/interview/ holds no interview (.mdx).');
  return interview;
}

/** The rendered transcript and the interview model its Markdown plugins derived. */
export async function loadInterview() {
  const entry = await getInterview();
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const model: InterviewModel = remarkPluginFrontmatter.interview;
  return { entry, Content, model };
}
