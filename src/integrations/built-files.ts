import { readdir } from 'node:fs/promises';

/** Every file of a finished build, by its path inside `outDir` with `/` between folders (on Windows too), sorted. */
export async function builtFiles(outDir: string): Promise<string[]> {
  return (await readdir(outDir, { recursive: true })).map((file) => file.split('\\').join('/')).sort();
}
