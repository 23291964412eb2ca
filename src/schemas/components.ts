import { z } from 'astro/zod';

/**
 * The components the content may use, with the props an author writes. Anything else in MDX
 * (another component, raw HTML, an expression, import/export) stops the build.
 */
export const COMPONENTS = {
  /** A photograph of the original article, shown as its credit and caption (the caption is the element's content). */
  Photo: {
    props: z.strictObject({
      /** Stable anchor of the figure: `photo-mopti`. */
      id: z.string().regex(/^photo-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write it as photo- and lowercase words joined by dashes, like photo-mopti'),
      /** Photo credit as printed in the source. */
      credit: z.string().trim().min(1, 'write the credit as printed in the source'),
      /** The image's alternative text in the source (a repeat of the caption); kept, not shown. */
      alt: z.string().optional(),
    }),
    content: 'the caption',
  },
  /** A sentence of an answer set apart for emphasis (its words are the content). */
  PullQuote: { props: z.strictObject({}), content: 'the quoted words' },
} as const;

export type ComponentName = keyof typeof COMPONENTS;

/**
 * Props the Photo component receives: what the author writes, the section the interview model tells
 * it, and the other names of the glossary entries its credit and caption mention (for search).
 */
export type PhotoProps = z.infer<(typeof COMPONENTS)['Photo']['props']> & { section?: string; searchForms?: string };
