import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { copyProject } from '../support/fixture-project.ts';
import { BUILDS } from '../support/global-setup.ts';
import { treeChecksum } from '../support/tree.ts';

/**
 * Real `astro build`s, one for each stage a build can fail at, for what only a whole build shows:
 * the exit code, the printed message, and the last good `dist/` kept as it was. What each kind of
 * content mistake says is checked without a build, in tests/unit/content-errors.test.ts.
 */

const TRANSCRIPT = 'content/interview/interview.mdx';
const transcript = readFileSync(join(PROJECT_ROOT, TRANSCRIPT), 'utf8');
const lineOf = (text: string) => transcript.slice(0, transcript.indexOf(text)).split('\n').length;

/** A stand-in for the last good site: what a failed build must leave exactly as it was. */
const PREVIOUS_OUTPUT: Record<string, string> = {
  'index.html': '<!doctype html><title>The previous build</title>',
  'about/index.html': '<!doctype html><title>About (previous)</title>',
  '_astro/previous.css': 'body{color:#111}',
  'pagefind/pagefind.js': '// the previous search index',
};

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/**
 * Builds a throw-away copy of the project with `changes`, over a published `dist/`, and returns
 * what a maintainer sees, whether `dist/` is byte for byte what it was, and what the build left beside it.
 */
async function buildWith(changes: Record<string, string | Uint8Array>, env: Record<string, string> = {}) {
  const project = copyProject(changes);
  try {
    const outDir = join(project.root, 'dist');
    writeTree(outDir, PREVIOUS_OUTPUT);
    const before = treeChecksum(outDir);
    const result = await astroBuild(outDir, env, project.root);
    const leftBeside = readdirSync(project.root).filter((name) => name.startsWith('dist.'));
    return { ...result, unchanged: treeChecksum(outDir) === before, leftBeside };
  } finally {
    project.remove();
  }
}

/** A failed build: a non-zero exit, the previous output untouched, no staging folder left. */
function expectNothingPublished(result: Awaited<ReturnType<typeof buildWith>>): void {
  expect(result.status, result.output).not.toBe(0);
  expect(result.unchanged, 'the previous dist/ changed').toBe(true);
  expect(result.leftBeside).toEqual([]);
}

/**
 * A content error as a maintainer reads it: one block, the file, the line, what is wrong and what to do; no line that
 * reads like a crash of the tool, no location repeated, no stack trace.
 */
function expectOneBlock(output: string, block: string): void {
  expect(output).toContain(`\n\n${block}`);
  expect(output).not.toMatch(/An unhandled error|Build failed|Stack trace|Location:|\n\s+at .+:\d+:\d+\)?\n|\[ERROR\]/);
}

describe('a real `astro build` that fails keeps the previous output as it was, and says why', () => {
  it('at the configuration: a base path without its leading slash', async () => {
    const result = await buildWith({}, { SITE_BASE: 'interview/' });
    expectNothingPublished(result);
    expect(result.output).toContain('SITE_BASE="interview/" must start with a slash: set SITE_BASE=/interview/');
  });

  it('at the check before the build: a missing frontmatter field', async () => {
    const result = await buildWith({ [TRANSCRIPT]: transcript.replace(/^standfirst:.*\n/m, '') });
    expectNothingPublished(result);
    expectOneBlock(
      result.output,
      'Content has 1 problem(s):\ncontent/interview/interview.mdx:2: The field `standfirst` is missing. → Add `standfirst: …` (string); content/README.md lists every field.\n',
    );
  });

  it('while rendering: a speaker label with its colon outside the bold', async () => {
    const result = await buildWith({ [TRANSCRIPT]: transcript.replace('**Alioune Tine:** No one', '**Alioune Tine**: No one') });
    expectNothingPublished(result);
    expectOneBlock(
      result.output,
      `content/interview/interview.mdx:${lineOf('**Alioune Tine:** No one')}:1: This paragraph opens with what looks like a speaker label, but its colon stands outside the bold (\`**Name**:\`).\n  → Write the label as **Alioune Tine:**, bold with the colon inside, then a space and the turn’s words.\n`,
    );
  });

  it('while rendering: a word of an answer that is not the source’s', async () => {
    const result = await buildWith({ [TRANSCRIPT]: transcript.replace('glimmer of hope', 'glimmer of hopes') });
    expectNothingPublished(result);
    expectOneBlock(
      result.output,
      `content/interview/interview.mdx:${lineOf('**Alioune Tine:** With nearly 6,000 men')}:1: This text is not the source’s words (content/source/interview.txt:39).\n  content: … Mali, I saw a glimmer of ▶hopes. We have asked the international community not …\n  source:  … Mali, I saw a glimmer of ▶hope. We have asked the international community not …\n  → Write the source’s words exactly, in its order. An error in the source is kept and flagged with an editorial note, never fixed.\n`,
    );
  });

  it('while rendering: an event of the timeline that misquotes the interview', async () => {
    const path = 'content/events/second-coup-2021.md';
    const event = readFileSync(join(PROJECT_ROOT, path), 'utf8');
    const result = await buildWith({
      [path]: event.replace('words: "Ten months after a military coup"', 'words: "Ten months after the military coup"'),
    });
    expectNothingPublished(result);
    const line = event.split('\n').findIndex((row) => row.includes('Ten months after a military coup')) + 1;
    expectOneBlock(
      result.output,
      `${path}:${line}: The words “Ten months after the military coup” are not in q1 as the source has them. → Copy them from the interview letter for letter (content/source/interview.txt).\n`,
    );
  });

  it('while rendering: a pull quote whose words are not its answer’s', async () => {
    const result = await buildWith({
      [TRANSCRIPT]: transcript.replace(
        '<PullQuote>\n  The top priority is to protect civilians',
        '<PullQuote>\n  The top priority is to protect all civilians',
      ),
    });
    expectNothingPublished(result);
    expectOneBlock(
      result.output,
      `content/interview/interview.mdx:${lineOf('<PullQuote>')}:1: The pull quote “The top priority is to protect all civilians who are invariably the main victims” is not, word for word, in the answer it stands in (A2).\n  → Quote A2’s words exactly as the transcript has them, or move the quote after the answer it comes from.\n`,
    );
  });

  it('after the render: a glossary entry the interview never mentions', async () => {
    const entry =
      '---\nterm: Bamako\nkind: place\nmatches:\n  - Bamako\nsummary: Capital of Mali.\ncoordinates: { latitude: 12.65, longitude: -8 }\nsources:\n  - publisher: Example\n    title: Bamako\n    date: undated\n    url: https://example.org/bamako\n---\n\nThe capital.\n';
    const result = await buildWith({ 'content/glossary/bamako.md': entry });
    expectNothingPublished(result);
    expectOneBlock(
      result.output,
      'content/glossary/bamako.md:4: The glossary entry “Bamako” is never mentioned in the interview (content/interview/interview.mdx). → Fix its `matches` to words exactly as the interview writes them, or remove the entry.\n',
    );
  });

  it('after the build: search indexing that fails (a file where the index goes)', async () => {
    const result = await buildWith({ 'public/pagefind': 'a file where the index folder goes\n' });
    expectNothingPublished(result);
    expect(result.output).toContain('Search indexing failed, so nothing was published.');
    expect(result.output).toMatch(/EEXIST.*pagefind/);
  });
});

describe('a real `astro build` that would publish a dead link fails, keeps the previous output and says where it was written', () => {
  it('a link in the About page to an id the glossary does not have', async () => {
    const about = readFileSync(join(PROJECT_ROOT, 'content/pages/about.mdx'), 'utf8');
    expect(about).toContain('](../glossary/#map)');
    const line = about.slice(0, about.indexOf('](../glossary/#map)')).split('\n').length;
    const result = await buildWith({ 'content/pages/about.mdx': about.replace('](../glossary/#map)', '](../glossary/#maps)') });
    expectNothingPublished(result);
    expectOneBlock(
      result.output,
      `The site would publish 1 dead link(s), so nothing was published:\ncontent/pages/about.mdx:${line}: the link ../glossary/#maps (in about/index.html) leads nowhere: glossary/index.html has no element with the id “maps”. → Link to a page and an id the site has, or remove the link.\n`,
    );
  });
});

describe('a real `astro build` that succeeds', () => {
  it('replaces the previous output in one swap, clears what a killed build left, and is byte for byte the same site from content with Windows line endings', async () => {
    const contentFiles = [
      TRANSCRIPT,
      'content/pages/about.mdx',
      ...readdirSync(join(PROJECT_ROOT, 'content/glossary')).map((name) => `content/glossary/${name}`),
    ];
    const project = copyProject(
      Object.fromEntries(contentFiles.map((path) => [path, readFileSync(join(PROJECT_ROOT, path), 'utf8').replace(/\n/g, '\r\n')])),
    );
    try {
      const outDir = join(project.root, 'dist');
      writeTree(outDir, { ...PREVIOUS_OUTPUT, 'stale/left-over.html': '<!doctype html><title>Gone</title>' });
      // What a build killed half-way leaves: the next build clears it.
      writeTree(join(project.root, 'dist.staging-999999'), { 'index.html': 'half-built' });
      const result = await astroBuild(outDir, BUILDS.root.env, project.root);
      expect(result.status, result.output).toBe(0);
      expect(result.output).toContain(`Published ${outDir}`);
      expect(existsSync(join(outDir, 'stale'))).toBe(false);
      expect(readdirSync(project.root).filter((name) => name.startsWith('dist.'))).toEqual([]);
      // The same files, byte for byte, as the run's own build of the project (LF endings, another folder): the build is
      // reproducible, and line endings are not content.
      const digest = (dir: string) => {
        const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
        return Object.fromEntries(
          files.map((entry) => {
            const path = join(entry.parentPath, entry.name);
            return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
          }),
        );
      };
      expect(digest(outDir)).toEqual(digest(inject('outDirs').root));
    } finally {
      project.remove();
    }
  });
});
