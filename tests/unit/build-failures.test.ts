import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { copyProject } from '../support/fixture-project.ts';
import { treeChecksum } from '../support/tree.ts';

const TRANSCRIPT = 'content/interview/interview.mdx';
const transcript = readFileSync(join(PROJECT_ROOT, TRANSCRIPT), 'utf8');

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
 * Breaks files in a throw-away copy of the project that already has a published `dist/`, builds
 * it, and returns what a maintainer sees, whether `dist/` is byte for byte what it was, and what
 * the build left beside it.
 */
function buildWith(text: string, otherFiles: Record<string, string | Uint8Array> = {}, env: Record<string, string> = {}) {
  const project = copyProject({ [TRANSCRIPT]: text, ...otherFiles });
  try {
    const outDir = join(project.root, 'dist');
    writeTree(outDir, PREVIOUS_OUTPUT);
    const before = treeChecksum(outDir);
    const result = astroBuild(outDir, env, project.root);
    const leftBeside = readdirSync(project.root).filter((name) => name.startsWith('dist.'));
    return { ...result, unchanged: treeChecksum(outDir) === before, leftBeside };
  } finally {
    project.remove();
  }
}

/** A failed build: a non-zero exit, the previous output untouched, no staging folder left. */
function expectNothingPublished(result: ReturnType<typeof buildWith>): void {
  expect(result.status, result.output).not.toBe(0);
  expect(result.unchanged, 'the previous dist/ changed').toBe(true);
  expect(result.leftBeside).toEqual([]);
}

describe('a real `astro build` of broken content fails, names file and line, and leaves the previous output as it was', () => {
  it('a missing frontmatter field', () => {
    const result = buildWith(transcript.replace(/^standfirst:.*\n/m, ''));
    expectNothingPublished(result);
    expect(result.output).toContain('content/interview/interview.mdx:2: The field `standfirst` is missing. → Add `standfirst: …`');
  });

  it('a mistyped frontmatter field', () => {
    const result = buildWith(transcript.replace('approximate: true', 'approximate: maybe'));
    expectNothingPublished(result);
    expect(result.output).toContain(
      'content/interview/interview.mdx:15: The field `published.approximate` should be a boolean. → Write true or false.',
    );
  });

  it('a speaker label that matches neither speaker (found while rendering)', () => {
    const result = buildWith(transcript.replace('**Alioune Tine:** No one', '**Alioune Tin:** No one'));
    expectNothingPublished(result);
    expect(result.output).toMatch(/content\/interview\/interview\.mdx:\d+:1: The speaker label “Alioune Tin:” matches neither speaker\./);
  });

  it('an MDX syntax error', () => {
    const result = buildWith(transcript.replace('<PullQuote>', '<PullQuote'));
    expectNothingPublished(result);
    expect(result.output).toMatch(
      /content\/interview\/interview\.mdx:48:1: MDX syntax error: Unexpected character .* end of the tag → Check the tag or expression that ends here or just before/,
    );
  });

  it('an unknown MDX component (found while rendering)', () => {
    const result = buildWith(transcript.replace('## Ensure the security', '<Map />\n\n## Ensure the security'));
    expectNothingPublished(result);
    expect(result.output).toMatch(/Map/);
  });

  it('content that is not valid UTF-8 (found while rendering)', () => {
    const [before, after] = transcript.split('No one can confirm');
    const bytes = Buffer.concat([Buffer.from(before ?? ''), Buffer.from([0xff, 0xfe]), Buffer.from(`No one can confirm${after}`)]);
    const result = buildWith(transcript, { [TRANSCRIPT]: bytes });
    expectNothingPublished(result);
  });

  it('a second file in content/interview/', () => {
    const result = buildWith(transcript, { 'content/interview/again.mdx': transcript });
    expectNothingPublished(result);
    expect(result.output).toContain('again');
  });

  it('a glossary entry the interview never mentions', () => {
    const entry = '---\nterm: Bamako\nkind: place\nmatches:\n  - Bamako\nsummary: Capital of Mali.\n---\n\nThe capital.\n';
    const result = buildWith(transcript, { 'content/glossary/bamako.md': entry });
    expectNothingPublished(result);
    expect(result.output).toContain('content/glossary/bamako.md:4: The glossary entry “Bamako” is never mentioned in the interview');
    expect(result.output).toContain('→ Fix its `matches` to words exactly as the interview writes them, or remove the entry.');
  });

  it('a note referred to but never written', () => {
    const result = buildWith(transcript.replace('[^east-africa] –', '[^east-afrika] –'));
    expectNothingPublished(result);
    expect(result.output).toMatch(/interview\.mdx:\d+:\d+: The note reference \[\^east-afrika\] has no note\./);
  });

  it('a base path without its leading slash', () => {
    const result = buildWith(transcript, {}, { SITE_BASE: 'interview/' });
    expectNothingPublished(result);
    expect(result.output).toContain('SITE_BASE="interview/" must start with a slash: set SITE_BASE=/interview/');
  });

  it('search indexing that fails (a file where the index goes: Pagefind’s process panics, and Node would exit with 0)', () => {
    const result = buildWith(transcript, { 'public/pagefind': 'a file where the index folder goes\n' });
    expectNothingPublished(result);
    expect(result.output).toContain('The build ended before it could publish (a step stopped without finishing)');
  });
});

describe('a real `astro build` that succeeds', () => {
  it('replaces the previous output completely, in one swap, and says where it published', () => {
    const project = copyProject({});
    try {
      const outDir = join(project.root, 'dist');
      writeTree(outDir, { ...PREVIOUS_OUTPUT, 'stale/left-over.html': '<!doctype html><title>Gone</title>' });
      // What a build killed half-way leaves: the next build clears it.
      writeTree(join(project.root, 'dist.staging-999999'), { 'index.html': 'half-built' });
      const result = astroBuild(outDir, {}, project.root);
      expect(result.status, result.output).toBe(0);
      expect(result.output).toContain(`Published ${outDir}`);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('Alioune Tine');
      expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
      expect(readFileSync(join(outDir, 'pagefind/pagefind.js'), 'utf8')).not.toBe(PREVIOUS_OUTPUT['pagefind/pagefind.js']);
      expect(existsSync(join(outDir, 'stale'))).toBe(false);
      expect(existsSync(join(outDir, '_astro/previous.css'))).toBe(false);
      expect(readdirSync(project.root).filter((name) => name.startsWith('dist.'))).toEqual([]);
    } finally {
      project.remove();
    }
  });
});
