import { describe, expect, it } from 'vitest';
import { checkMdxSyntax } from '../../src/lib/mdx-syntax.ts';

describe('checkMdxSyntax', () => {
  it('accepts valid MDX', () => {
    expect(checkMdxSyntax('---\ntitle: T\n---\n\n## Part\n\n<PullQuote>\n  Words\n</PullQuote>\n')).toBeUndefined();
  });

  it('gives the line in the file, frontmatter counted, and what to check', () => {
    const problem = checkMdxSyntax('---\ntitle: T\ndescription: D\n---\n\nProse with a {stray brace.\n');
    expect(problem?.line).toBe(6);
    expect(problem?.message).toMatch(/^MDX syntax error: .+ → Check the tag or expression that ends here or just before/);
  });

  it('finds an unclosed component tag', () => {
    const problem = checkMdxSyntax('## Part\n\n<Photo id="photo-x"\n\nCaption\n');
    expect(problem).toBeDefined();
    expect(problem?.line).toBeGreaterThanOrEqual(3);
  });
});
