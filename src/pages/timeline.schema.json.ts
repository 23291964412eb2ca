import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { timelineDataSchema } from '../schemas/timeline-data';
import { publicAddress } from '../lib/public-address';

/** The JSON Schema of `/timeline.json`, generated from the definition the endpoint is checked against (as interview.schema.json). */
export const GET: APIRoute = ({ site }) => {
  const path = `${import.meta.env.BASE_URL}timeline.schema.json`;
  const schema = { ...z.toJSONSchema(timelineDataSchema), $id: publicAddress(path, site) ?? path };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
