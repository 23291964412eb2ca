import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { copyProject } from '../support/fixture-project.ts';
import { treeChecksum } from '../support/tree.ts';

const TRANSCRIPT = 'content/interview/interview.mdx';
const transcript = readFileSync(join(PROJECT_ROOT, TRANSCRIPT), 'utf8');
/** The line of the transcript that holds `text`. */
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

  it('a speaker label with its colon outside the bold (which would merge A4 into Q4 and renumber every later answer; found while rendering)', () => {
    const result = buildWith(transcript.replace('**Alioune Tine:** No one', '**Alioune Tine**: No one'));
    expectNothingPublished(result);
    expect(result.output).toContain(
      `content/interview/interview.mdx:${lineOf('**Alioune Tine:** No one')}:1: This paragraph opens with what looks like a speaker label, but its colon stands outside the bold`,
    );
  });

  it('an MDX syntax error', () => {
    const result = buildWith(transcript.replace('<PullQuote>', '<PullQuote'));
    expectNothingPublished(result);
    // MDX notices the unclosed tag two lines on, at the closing tag after the words.
    expect(result.output).toMatch(
      new RegExp(
        `content/interview/interview\\.mdx:${lineOf('<PullQuote>') + 2}:1: MDX syntax error: Unexpected character .* end of the tag → Check the tag or expression that ends here or just before`,
      ),
    );
  });

  it('an unknown MDX component (found while rendering)', () => {
    const result = buildWith(transcript.replace('## Ensure the security', '<Map />\n\n## Ensure the security'));
    expectNothingPublished(result);
    expect(result.output).toContain(
      `content/interview/interview.mdx:${lineOf('## Ensure the security')}:1: <Map> is not a component the content may use.\n  → Use Photo and PullQuote`,
    );
  });

  it('an expression, which would publish the build machine’s details', () => {
    const result = buildWith(transcript.replace('No one can confirm', 'No one {process.env.HOME} can confirm'));
    expectNothingPublished(result);
    expect(result.output).toMatch(
      new RegExp(
        `content/interview/interview\\.mdx:${lineOf('No one can confirm')}:\\d+: The expression \\{process\\.env\\.HOME\\} would run code at build time`,
      ),
    );
  });

  it('a glossary entry whose file name is not its id', () => {
    const wagner = readFileSync(join(PROJECT_ROOT, 'content/glossary/wagner.md'), 'utf8');
    const result = buildWith(transcript, { 'content/glossary/Wagner.md': wagner });
    expectNothingPublished(result);
    expect(result.output).toContain(
      'content/glossary/Wagner.md:1: A glossary entry’s file name is its id in links (/glossary/#id), so it must be a lowercase slug. → Rename it wagner.md.',
    );
  });

  it('content that is not valid UTF-8 (found while rendering)', () => {
    const [before, after] = transcript.split('No one can confirm');
    const bytes = Buffer.concat([Buffer.from(before ?? ''), Buffer.from([0xff, 0xfe]), Buffer.from(`No one can confirm${after}`)]);
    const result = buildWith(transcript, { [TRANSCRIPT]: bytes });
    expectNothingPublished(result);
    expect(result.output).toContain(`content/interview/interview.mdx:${lineOf('No one can confirm')}: This line is not valid UTF-8 text.`);
  });

  it('a second file in content/interview/', () => {
    const result = buildWith(transcript, { 'content/interview/again.mdx': transcript });
    expectNothingPublished(result);
    expect(result.output).toContain(
      'content/interview:1: content/interview/ must hold exactly one interview (.mdx); it holds 2: again.mdx, interview.mdx. → Keep one file there.',
    );
  });

  it('a glossary entry the interview never mentions', () => {
    const entry =
      '---\nterm: Bamako\nkind: place\nmatches:\n  - Bamako\nsummary: Capital of Mali.\ncoordinates: { latitude: 12.65, longitude: -8 }\nsources:\n  - publisher: Example\n    title: Bamako\n    date: undated\n    url: https://example.org/bamako\n---\n\nThe capital.\n';
    const result = buildWith(transcript, { 'content/glossary/bamako.md': entry });
    expectNothingPublished(result);
    expect(result.output).toContain('content/glossary/bamako.md:4: The glossary entry “Bamako” is never mentioned in the interview');
    expect(result.output).toContain('→ Fix its `matches` to words exactly as the interview writes them, or remove the entry.');
  });

  it('a “Since then” line with no source after the interview', () => {
    const wagner = readFileSync(join(PROJECT_ROOT, 'content/glossary/wagner.md'), 'utf8');
    const unsourced = wagner.replace(
      /^sources:\n(?: {2}.*\n)+/m,
      'sources:\n  - publisher: Example\n    title: Earlier\n    date: "2021-12-23"\n    url: https://example.org/\n',
    );
    const result = buildWith(transcript, { 'content/glossary/wagner.md': unsourced });
    expectNothingPublished(result);
    expect(result.output).toContain(
      'content/glossary/wagner.md:7: The `since` line has no source dated after the interview (2022-04) that could support it. → Add under `sources` the source you read for what changed since, or remove the line.',
    );
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

  it('search indexing that fails (a file where the index goes)', () => {
    const result = buildWith(transcript, { 'public/pagefind': 'a file where the index folder goes\n' });
    expectNothingPublished(result);
    expect(result.output).toContain('Search indexing failed, so nothing was published.');
    expect(result.output).toMatch(/EEXIST.*pagefind/);
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

  it('builds the same site, byte for byte, from content with Windows line endings', () => {
    const contentFiles = [
      TRANSCRIPT,
      'content/pages/about.mdx',
      ...readdirSync(join(PROJECT_ROOT, 'content/glossary')).map((name) => `content/glossary/${name}`),
    ];
    const crlf = Object.fromEntries(
      contentFiles.map((path) => [path, readFileSync(join(PROJECT_ROOT, path), 'utf8').replace(/\n/g, '\r\n')]),
    );
    const checksums = [{}, crlf].map((changes) => {
      const project = copyProject(changes);
      try {
        const outDir = join(project.root, 'dist');
        const result = astroBuild(outDir, {}, project.root);
        expect(result.status, result.output).toBe(0);
        return treeChecksum(outDir);
      } finally {
        project.remove();
      }
    });
    expect(checksums[1]).toBe(checksums[0]);
  });
});
