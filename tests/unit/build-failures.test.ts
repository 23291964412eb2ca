import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { copyProject } from '../support/fixture-project.ts';

const TRANSCRIPT = 'content/interview/interview.mdx';
const transcript = readFileSync(join(PROJECT_ROOT, TRANSCRIPT), 'utf8');
/** The line of the transcript that holds `text`. */
const lineOf = (text: string) => transcript.slice(0, transcript.indexOf(text)).split('\n').length;

/** Breaks files in a throw-away copy of the project, builds it, and returns what a maintainer sees. */
function buildWith(text: string, otherFiles: Record<string, string> = {}, env: Record<string, string> = {}) {
  const project = copyProject({ [TRANSCRIPT]: text, ...otherFiles });
  try {
    const outDir = join(project.root, 'dist');
    const result = astroBuild(outDir, env, project.root);
    return { ...result, published: existsSync(outDir) };
  } finally {
    project.remove();
  }
}

describe('a real `astro build` of broken content fails, names file and line, and publishes nothing', () => {
  it('a missing frontmatter field', () => {
    const result = buildWith(transcript.replace(/^standfirst:.*\n/m, ''));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/interview/interview.mdx:2: The field `standfirst` is missing. → Add `standfirst: …`');
    expect(result.published).toBe(false);
  });

  it('a mistyped frontmatter field', () => {
    const result = buildWith(transcript.replace('approximate: true', 'approximate: maybe'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/interview/interview.mdx:15: The field `published.approximate` should be a boolean. → Write true or false.',
    );
    expect(result.published).toBe(false);
  });

  it('a speaker label with its colon outside the bold (which would merge A4 into Q4 and renumber every later answer)', () => {
    const result = buildWith(transcript.replace('**Alioune Tine:** No one', '**Alioune Tine**: No one'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `content/interview/interview.mdx:${lineOf('**Alioune Tine:** No one')}:1: This paragraph opens with what looks like a speaker label, but its colon stands outside the bold`,
    );
    expect(result.published).toBe(false);
  });

  it('an MDX syntax error', () => {
    const result = buildWith(transcript.replace('<PullQuote>', '<PullQuote'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/interview\/interview\.mdx:48:1: MDX syntax error: Unexpected character .* end of the tag → Check the tag or expression that ends here or just before/,
    );
    expect(result.published).toBe(false);
  });

  it('a glossary entry the interview never mentions', () => {
    const entry = '---\nterm: Bamako\nkind: place\nmatches:\n  - Bamako\nsummary: Capital of Mali.\n---\n\nThe capital.\n';
    const result = buildWith(transcript, { 'content/glossary/bamako.md': entry });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/glossary/bamako.md:4: The glossary entry “Bamako” is never mentioned in the interview');
    expect(result.output).toContain('→ Fix its `matches` to words exactly as the interview writes them, or remove the entry.');
    expect(result.published).toBe(false);
  });

  it('a note referred to but never written', () => {
    const result = buildWith(transcript.replace('[^east-africa] –', '[^east-afrika] –'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/interview\.mdx:\d+:\d+: The note reference \[\^east-afrika\] has no note\./);
    expect(result.published).toBe(false);
  });

  it('a base path without its leading slash', () => {
    const result = buildWith(transcript, {}, { SITE_BASE: 'interview/' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_BASE="interview/" must start with a slash: set SITE_BASE=/interview/');
    expect(result.published).toBe(false);
  });
});
