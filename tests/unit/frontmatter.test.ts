import { describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../src/lib/frontmatter.ts';
import { glossarySchema, pageSchema } from '../../src/schemas/content.ts';

const entry = (fields: string) => `---\n${fields}\n---\n\nBody.\n`;

describe('checkFrontmatter', () => {
  it('accepts a valid file', () => {
    expect(checkFrontmatter(entry('title: About\ndescription: The source.'), pageSchema)).toEqual([]);
  });

  it('names a missing field and what to add', () => {
    expect(checkFrontmatter(entry('title: About'), pageSchema)).toEqual([
      { line: 2, message: 'The field `description` is missing. → Add `description: …` (string); README.md lists every field.' },
    ]);
  });

  it('points at the line of a mistyped field', () => {
    const problems = checkFrontmatter(entry('term: Gao\nkind: city\nmatches:\n  - Gao\nsummary: A city.'), glossarySchema);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.message).toMatch(/^The field `kind` is not valid: .*"person".*→/);
  });

  it('says how to write a value of the wrong type', () => {
    const problems = checkFrontmatter(entry('term: Gao\nkind: place\nmatches: Gao\nsummary: A city.'), glossarySchema);
    expect(problems).toEqual([{ line: 4, message: 'The field `matches` should be an array. → Write a list, one `- item` per line.' }]);
  });

  it('names a misspelt field', () => {
    const problems = checkFrontmatter(entry('title: About\ndescription: D\ndescripton: D'), pageSchema);
    expect(problems[0]?.message).toContain('Unknown field(s) `descripton`');
  });

  it('reports YAML that does not parse, with its line', () => {
    const problems = checkFrontmatter(entry('title: About\ndescription: [unclosed'), pageSchema);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(problems[0]?.message).toMatch(/not valid YAML/);
  });

  it('asks for frontmatter where there is none', () => {
    expect(checkFrontmatter('Just text.', pageSchema)[0]?.line).toBe(1);
  });
});
