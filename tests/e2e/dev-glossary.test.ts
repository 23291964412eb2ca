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
    const interview = await poll('', (html) => html.includes('href="/glossary/#gao"'));
    expect(interview).toContain('href="/glossary/#gao"');
    expect(interview).not.toContain('href="/glossary/#africans"');

    writeFileSync(
      join(project.root, 'content/glossary/africans.md'),
      '---\nterm: Africans\nkind: group\nmatches:\n  - Africans\nsummary: The people of Africa.\nsources:\n  - publisher: Example\n    title: Africa\n    date: undated\n    url: https://example.org/africa\n---\n\nThe people.\n',
    );
    const linked = await poll('', (html) => html.includes('href="/glossary/#africans"'));
    expect(linked).toMatch(/<a class="glossary-term" href="\/glossary\/#africans"[^>]*>Africans<\/a>/);
    const previews = JSON.parse(await poll('glossary.json', (json) => json.includes('africans'))) as Record<string, { summary: string }>;
    expect(previews['africans']?.summary).toBe('The people of Africa.');

    const gao = join(project.root, 'content/glossary/gao.md');
    writeFileSync(gao, readFileSync(gao, 'utf8').replace(/^summary: .*$/m, 'summary: A city on the Niger.'));
    const edited = JSON.parse(await poll('glossary.json', (json) => json.includes('A city on the Niger.'))) as Record<
      string,
      { summary: string }
    >;
    expect(edited.gao?.summary).toBe('A city on the Niger.');
    const mentioned = await poll('glossary/', (html) => html.includes('id="africans"'));
    expect(mentioned).toMatch(/id="africans"[\s\S]*Mentioned in[\s\S]*href="\/#a4"/);

    expect(server.log()).not.toMatch(/restart/i);
  });
});
