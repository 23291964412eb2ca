import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { interviewDataSchema } from '../schemas/interview-data';

/** The JSON Schema of `/interview.json`, generated from the definition the endpoint is checked against. */
export const GET: APIRoute = ({ site }) => {
  const schema = { ...z.toJSONSchema(interviewDataSchema), $id: new URL(`${import.meta.env.BASE_URL}interview.schema.json`, site).href };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
