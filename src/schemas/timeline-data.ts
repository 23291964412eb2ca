import { z } from 'astro/zod';
import { eventSchema, sourceSchema } from './content';

/**
 * `/timeline.json`: the dated events the interview refers to and what happened since, in order, as
 * the timeline page shows them. Checked against this definition when written; its JSON Schema is
 * `/timeline.schema.json`.
 */
export const timelineDataSchema = z
  .strictObject({
    interview: z
      .strictObject({
        month: z.string().describe('The month the editors date the interview to, YYYY-MM.'),
        approximate: z.boolean().describe('Whether that month is an inference (see the About page).'),
      })
      .describe('Where the interview falls among the events.'),
    events: z.array(
      z.strictObject({
        id: z.string().describe('The event’s public id: its address is /timeline/#id.'),
        date: eventSchema.shape.date.describe('YYYY-MM-DD, YYYY-MM or YYYY: the date at the precision the sources give.'),
        approximate: z.boolean().describe('Whether the sources disagree on the date or give none exactly.'),
        title: z.string(),
        statement: z.string().describe('What happened, in the editors’ words.'),
        concerns: z.array(z.string()).describe('Ids of the glossary entries it concerns: /glossary/#id.'),
        refersTo: z
          .array(
            z.strictObject({
              place: z.string().describe('Public id of the place in the interview: /#id.'),
              words: z.string().describe('The words there that refer to the event, as the source has them.'),
            }),
          )
          .describe('The places of the interview that refer to it.'),
        sources: z.array(sourceSchema),
      }),
    ),
  })
  .describe('The dated events the interview refers to, and what happened since, in the order they happened.');

export type TimelineData = z.infer<typeof timelineDataSchema>;
