import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CONTENT_FOLDERS } from './schemas/content';

/** A collection of the files of one content folder, checked by its schema. */
function collection<Schema extends z.ZodType>({ folder, extension, schema }: { folder: string; extension: string; schema: Schema }) {
  return defineCollection({ loader: glob({ pattern: `*${extension}`, base: `./${folder}` }), schema });
}

export const collections = {
  interview: collection(CONTENT_FOLDERS.interview),
  glossary: collection(CONTENT_FOLDERS.glossary),
  pages: collection(CONTENT_FOLDERS.pages),
  events: collection(CONTENT_FOLDERS.events),
};
