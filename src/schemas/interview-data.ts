import { z } from 'astro/zod';

const speaker = z.strictObject({ name: z.string(), role: z.string() });

/**
 * `/interview.json`: the transcript as data, from the interview model. Its JSON Schema is served
 * at `/interview.schema.json`, generated from this definition, so the two cannot drift.
 */
export const interviewDataSchema = z
  .strictObject({
    title: z.string().describe('The interview’s title, as the source gives it (without its trailing “ |”).'),
    kicker: z.string(),
    standfirst: z.string(),
    byline: z.string(),
    interviewer: speaker,
    interviewee: speaker,
    published: z
      .strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), approximate: z.boolean() })
      .describe('When the original was published, as far as the editors know.'),
    source: z.strictObject({
      publisher: z.string(),
      language: z.string(),
      text: z.string().describe('Address of the source text, byte for byte.'),
    }),
    sections: z.array(
      z.strictObject({
        id: z.string().describe('Anchor on the interview page: /#id.'),
        title: z.string(),
        turns: z.array(z.string()),
      }),
    ),
    turns: z.array(
      z.strictObject({
        id: z.string().regex(/^[qa]\d+$/),
        number: z.number().int().positive(),
        role: z.enum(['question', 'answer']),
        speaker: z.string(),
        section: z.string(),
        paragraphs: z.array(z.string()).min(1).describe('The source’s words, exactly: no speaker label, no note numbers.'),
        mentions: z.array(z.string()).describe('Glossary entry ids (/glossary/#id) the turn mentions.'),
      }),
    ),
    notes: z.array(
      z.strictObject({
        id: z.string(),
        number: z.number().int().positive(),
        anchor: z.string(),
        text: z.string().describe('The editors’ note.'),
        referencedIn: z.array(z.string()).describe('Ids of the sections, turns and photos it annotates.'),
      }),
    ),
    photos: z.array(
      z.strictObject({ id: z.string(), caption: z.string(), credit: z.string(), section: z.string(), mentions: z.array(z.string()) }),
    ),
    readingOrder: z.array(z.string()).describe('Ids of the turns and photos in the order a reader meets them.'),
  })
  .describe('UN News speaking with Alioune Tine: the interview as data.');

export type InterviewData = z.infer<typeof interviewDataSchema>;
