import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { getInterview } from '../lib/interview';

/** The source text, byte for byte, as the project keeps it (the path is the transcript's `source.file`). */
export const GET: APIRoute = async () => {
  const { data } = await getInterview();
  return new Response(await readFile(data.source.file), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
