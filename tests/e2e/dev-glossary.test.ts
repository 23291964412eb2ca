import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { copyProject } from '../support/fixture-project.ts';

let project: ReturnType<typeof copyProject>;
let server: DevServer;

beforeAll(async () => {
  project = copyProject({});
  server = await startDevServer(project.root);
  await server.waitFor(/watching for file changes/, { seconds: 90 });
}, 120_000);

afterAll(() => {
  server?.stop();
  project?.remove();
});

/** Asks the dev server for `path` until its text passes `test`, for up to 30 s; returns the last text. */
async function poll(path: string, test: (text: string) => boolean): Promise<string> {
  let text = '';
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((wait) => setTimeout(wait, 500))) {
    text = await (await fetch(new URL(path, server.site))).text();
    if (test(text)) break;
  }
  return text;
}

describe('the glossary in `npm run dev`', () => {
  it('follows an added entry and an edited one, links and previews, without a restart', async () => {
    const interview = await poll('', (html) => html.includes('data-glossary="gao"'));
    expect(interview).toContain('data-glossary="gao"');
    expect(interview).not.toContain('data-glossary="malian-armed-forces"');

    writeFileSync(
      join(project.root, 'content/glossary/malian-armed-forces.md'),
      '---\nterm: Malian Armed Forces\nkind: organisation\nmatches:\n  - Malian army\nsummary: The army of Mali.\n---\n\nThe army.\n',
    );
    const linked = await poll('', (html) => html.includes('data-glossary="malian-armed-forces"'));
    expect(linked).toMatch(
      // The entry's term, which the interview does not write, goes to search with the mention.
      /<a class="glossary-term" href="\/glossary\/#malian-armed-forces" data-glossary="malian-armed-forces" data-search-forms="Malian Armed Forces" data-pagefind-index-attrs="data-search-forms">Malian army<\/a>/,
    );
    const previews = JSON.parse(await poll('glossary.json', (json) => json.includes('malian-armed-forces'))) as Record<
      string,
      { summary: string }
    >;
    expect(previews['malian-armed-forces']?.summary).toBe('The army of Mali.');

    const gao = join(project.root, 'content/glossary/gao.md');
    writeFileSync(gao, readFileSync(gao, 'utf8').replace(/^summary: .*$/m, 'summary: A city on the Niger.'));
    const edited = JSON.parse(await poll('glossary.json', (json) => json.includes('A city on the Niger.'))) as Record<
      string,
      { summary: string }
    >;
    expect(edited.gao?.summary).toBe('A city on the Niger.');
    const mentioned = await poll('glossary/', (html) => html.includes('Malian Armed Forces'));
    expect(mentioned).toMatch(/id="malian-armed-forces"[\s\S]*Mentioned in[\s\S]*href="\/#a1"/);

    expect(server.log()).not.toMatch(/restart/i);
  });
});
