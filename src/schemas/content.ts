import { z } from 'astro/zod';

/** A date written as text matching `pattern`. YAML may hand an unquoted date over as a Date: it is read back as its day. */
const dateText = (pattern: RegExp, message: string) =>
  z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.string().regex(pattern, message));
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MONTH_OR_UNDATED = /^(\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|undated)$/;

/**
 * A published source of a fact in the editors' text: who published it, its title, its date (the day,
 * the month when the source gives no day, `undated` when it gives none) and its address. Only
 * sources the editors have read.
 */
export const sourceSchema = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: dateText(
    DAY_MONTH_OR_UNDATED,
    'write the source’s date as YYYY-MM-DD, YYYY-MM when it gives only the month, or undated when it gives none',
  ),
  url: z.string().regex(/^https:\/\/[^\s]+$/, 'write the full address of the page, starting https://'),
  /** The page's language when it is not English, as a language tag: `fr`. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'write the page’s language as a tag such as fr, or leave the field out for English')
    .optional(),
});

/**
 * Another name readers may search a glossary entry by (a spelling, a short form, the name in
 * French), with the address of the entry's source that uses it.
 */
const formSchema = z.strictObject({
  name: z.string().min(1),
  source: z.string().min(1),
});

/** The names a glossary entry's `forms` give. */
export function formNames(forms: ReadonlyArray<{ name: string }> = []): string[] {
  return forms.map(({ name }) => name);
}

/** Every name search finds a glossary entry by: its term, its expansion and its forms. */
export function searchNames(entry: {
  term: string;
  expansion?: string | undefined;
  forms?: ReadonlyArray<{ name: string }> | undefined;
}): string[] {
  return [entry.term, ...(entry.expansion ? [entry.expansion] : []), ...formNames(entry.forms)];
}

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
  /** The day the editors last checked every fact of their text (glossary, notes, About) against its sources. */
  factsChecked: dateText(DAY, 'write the day the facts were checked as YYYY-MM-DD, for example 2026-11-29'),
});

/** A point on the Earth in decimal degrees: north and east are positive. */
const coordinatesSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

/** A band of latitudes in decimal degrees (north positive), as a region drawn between two parallels. */
const latitudesSchema = z
  .strictObject({ south: z.number().min(-90).max(90), north: z.number().min(-90).max(90) })
  .refine(({ south, north }) => south < north, { message: 'write the band’s `south` latitude below its `north` one' });

/** Frontmatter of a glossary entry (`content/glossary/*.md`). */
export const glossarySchema = z
  .strictObject({
    term: z.string().min(1),
    kind: z.enum(['person', 'organisation', 'group', 'place']),
    expansion: z.string().min(1).optional(),
    /** The exact words, as the interview writes them, that mention this entry. */
    matches: z.array(z.string().min(1)).min(1),
    /**
     * Other names readers may search the entry by (spellings, short forms, French names), besides
     * `term` and `expansion`, each with the source that uses it: search finds the interview's
     * mentions by them. Never shown.
     */
    forms: z.array(formSchema).optional(),
    summary: z.string().min(1).max(200),
    /**
     * Where a town is (places only), from one of `sources`: the map marks it there. Countries need
     * none: the map draws them from Natural Earth by their `term`.
     */
    coordinates: coordinatesSchema.optional(),
    /** The parallels a region is drawn between on the map (places only), from one of `sources`. */
    latitudes: latitudesSchema.optional(),
    /** Where every fact of the entry (summary, text) can be checked; at least one. */
    sources: z.array(sourceSchema).min(1, 'a glossary entry needs at least one source'),
  })
  .superRefine((entry, context) => {
    for (const field of ['coordinates', 'latitudes'] as const) {
      if (entry[field] !== undefined && entry.kind !== 'place')
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `Only places have \`${field}\`; this entry is a ${entry.kind}. → Remove the field, or set \`kind: place\`.`,
        });
    }
    if (entry.coordinates !== undefined && entry.latitudes !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['latitudes'],
        message: 'A place is drawn either as a town (`coordinates`) or as a band (`latitudes`), not both. → Keep one.',
      });
  })
  .superRefine((entry, context) => {
    entry.forms?.forEach((form, index) => {
      if (entry.sources.some(({ url }) => url === form.source)) return;
      context.addIssue({
        code: 'custom',
        path: ['forms', index, 'source'],
        message: `The form “${form.name}” names a source the entry does not list. → Write the \`url\` of one of its \`sources\`, a page that uses “${form.name}”, or add that page to \`sources\`.`,
      });
    });
  });

/** A date at its true precision: the year, the month or the day. */
const YEAR_MONTH_OR_DAY = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Frontmatter of a dated event (`content/events/*.md`): what happened, in the editors' words, when,
 * which glossary entries it concerns, the places of the interview that refer to it, and the
 * sources read for it.
 */
export const eventSchema = z.strictObject({
  /** YYYY-MM-DD, YYYY-MM when the sources give only the month, YYYY when only the year. */
  date: dateText(YEAR_MONTH_OR_DAY, 'write the date as YYYY-MM-DD, YYYY-MM when the sources give only the month, or YYYY'),
  /** True where the sources disagree on the date or give none exactly: shown as “about”. */
  approximate: z.boolean().optional(),
  /** A short heading: what happened, in a few words. */
  title: z.string().min(1).max(90),
  /** What happened, in the editors' words: one or two sentences, each fact in the sources. */
  statement: z.string().min(1).max(500),
  /** Ids of the glossary entries it concerns (their file names without `.md`). */
  concerns: z.array(z.string().min(1)).min(1, 'name at least one glossary entry the event concerns'),
  /**
   * The places of the interview that refer to it, by public id (`q1`, `a5`, `standfirst`,
   * `introduction` for the byline, a photo's id), each with the words there that refer to it,
   * exactly as the source has them.
   */
  refersTo: z.array(z.strictObject({ place: z.string().min(1), words: z.string().min(1) })).optional(),
  sources: z.array(sourceSchema).min(1, 'an event needs at least one source'),
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
  /** Dated events the interview refers to, and what happened since: one Markdown file each, its name the event's id. */
  events: { folder: 'content/events', extension: '.md', schema: eventSchema },
} as const;
