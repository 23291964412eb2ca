import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { copyProject } from '../support/fixture-project.ts';

const TRANSCRIPT = 'content/interview/interview.mdx';
const transcript = readFileSync(join(PROJECT_ROOT, TRANSCRIPT), 'utf8');

/** Breaks the transcript in a throw-away copy of the project, builds it, and returns what a maintainer sees. */
function buildWith(text: string) {
  const project = copyProject({ [TRANSCRIPT]: text });
  try {
    const outDir = join(project.root, 'dist');
    const result = astroBuild(outDir, {}, project.root);
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
    expect(result.output).toContain('content/interview/interview.mdx:14: The field `published.approximate` should be a boolean. → Write true or false.');
    expect(result.published).toBe(false);
  });

  it('a speaker label that matches neither speaker', () => {
    const result = buildWith(transcript.replace('**Alioune Tine:** No one', '**Alioune Tin:** No one'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/interview\/interview\.mdx:\d+:1: The speaker label “Alioune Tin:” matches neither speaker\./);
    expect(result.published).toBe(false);
  });
});
