import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossarySchema, interviewSchema, pageSchema } from './schemas/content';

/** The transcript: one MDX file whose body is the interview, turn by turn. */
const interview = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/interview' }),
  schema: interviewSchema,
});

/** People, organisations and places the interview names: one Markdown file each. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/glossary' }),
  schema: glossarySchema,
});

/** Pages other than the transcript (about). */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { interview, glossary, pages };
