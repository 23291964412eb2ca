import { z } from 'astro/zod';

const speaker = z.strictObject({
  name: z.string().min(1),
  role: z.string().min(1),
});

/** Frontmatter of the transcript (`content/interview/*.mdx`). */
export const interviewSchema = z.strictObject({
  kicker: z.string().min(1),
  title: z.string().min(1),
  standfirst: z.string().min(1),
  byline: z.string().min(1),
  /** The editors' comment on the kicker and byline, which sit in the header and cannot carry notes. */
  headerNote: z.string().min(1).optional(),
  interviewer: speaker,
  interviewee: speaker,
  published: z.strictObject({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'write the month as YYYY-MM, for example 2022-04'),
    approximate: z.boolean(),
  }),
  source: z.strictObject({
    publisher: z.string().min(1),
    file: z.string().min(1),
    language: z.string().min(1),
  }),
});

/** Frontmatter of a glossary entry (`content/glossary/*.md`). */
export const glossarySchema = z.strictObject({
  term: z.string().min(1),
  kind: z.enum(['person', 'organisation', 'group', 'place']),
  expansion: z.string().min(1).optional(),
  /** The exact words, as the interview writes them, that mention this entry. */
  matches: z.array(z.string().min(1)).min(1),
  /**
   * Other names readers may search the entry by (spellings, short forms), besides `term` and
   * `expansion`: search finds the interview's mentions by them. Never shown.
   */
  forms: z.array(z.string().min(1)).optional(),
  summary: z.string().min(1).max(200),
  since: z.string().min(1).optional(),
});

/** Frontmatter of a page other than the transcript (`content/pages/*.mdx`). */
export const pageSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
});

/**
 * The content collections: where each one's files are, what they end in and their schema. The
 * collections (src/content.config.ts) and the content check before the build both read this.
 */
export const CONTENT_FOLDERS = {
  /** The transcript: one MDX file whose body is the interview, turn by turn. */
  interview: { folder: 'content/interview', extension: '.mdx', schema: interviewSchema },
  /** People, organisations and places the interview names: one Markdown file each. */
  glossary: { folder: 'content/glossary', extension: '.md', schema: glossarySchema },
  /** Pages other than the transcript (about). */
  pages: { folder: 'content/pages', extension: '.mdx', schema: pageSchema },
} as const;
