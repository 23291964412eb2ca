import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { interviewDataSchema } from '../schemas/interview-data';
import { publicAddress } from '../lib/public-address';

/**
 * The JSON Schema of `/interview.json`, generated from the definition the endpoint is checked against.
 * Its `$id` is its public address, or its path without SITE_URL (a relative `$id` is resolved against where the schema was read).
 */
export const GET: APIRoute = ({ site }) => {
  const path = `${import.meta.env.BASE_URL}interview.schema.json`;
  const schema = { ...z.toJSONSchema(interviewDataSchema), $id: publicAddress(path, site) ?? path };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
