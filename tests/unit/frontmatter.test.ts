import { describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../src/lib/frontmatter.ts';
import { glossarySchema, pageSchema } from '../../src/schemas/content.ts';

const entry = (fields: string) => `---\n${fields}\n---\n\nBody.\n`;
/** A source block for a glossary entry, dated as given. */
const sources = (date = '2022-03-29') =>
  `sources:\n  - publisher: OHCHR\n    title: A statement\n    date: "${date}"\n    url: https://www.ohchr.org/en/a-statement`;

describe('checkFrontmatter', () => {
  it('accepts a valid file', () => {
    expect(checkFrontmatter(entry('title: About\ndescription: The source.'), pageSchema)).toEqual([]);
  });

  it('names a missing field and what to add', () => {
    expect(checkFrontmatter(entry('title: About'), pageSchema)).toEqual([
      { line: 2, message: 'The field `description` is missing. → Add `description: …` (string); content/README.md lists every field.' },
    ]);
  });

  it('points at the line of a mistyped field', () => {
    const problems = checkFrontmatter(entry(`term: Gao\nkind: city\nmatches:\n  - Gao\nsummary: A city.\n${sources()}`), glossarySchema);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.message).toMatch(/^The field `kind` is not valid: .*"person".*→/);
  });

  it('says how to write a value of the wrong type', () => {
    const problems = checkFrontmatter(entry(`term: Gao\nkind: place\nmatches: Gao\nsummary: A city.\n${sources()}`), glossarySchema);
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

  it('refuses a glossary entry without sources, and says what a source is', () => {
    expect(checkFrontmatter(entry('term: Gao\nkind: place\nmatches:\n  - Gao\nsummary: A city.'), glossarySchema)).toEqual([
      {
        line: 2,
        message:
          'The field `sources` is missing. → Add `sources:` with at least one source you have read that supports the entry, each with `publisher`, `title`, `date` (YYYY-MM-DD or YYYY-MM) and `url` (https://…); content/README.md shows one.',
      },
    ]);
    const empty = checkFrontmatter(entry('term: Gao\nkind: place\nmatches:\n  - Gao\nsummary: A city.\nsources: []'), glossarySchema);
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ line: 7 });
    expect(empty[0]?.message).toMatch(/^The field `sources` is not valid: a glossary entry needs at least one source\. → Add `sources:`/);
  });

  it('points at the line of a source’s bad date or address', () => {
    const problems = checkFrontmatter(
      entry(
        `term: Gao\nkind: place\nmatches:\n  - Gao\nsummary: A city.\n${sources('29 March 2022')}`.replace('https://www', 'http://www'),
      ),
      glossarySchema,
    );
    expect(problems).toEqual([
      {
        line: 10,
        message:
          'The field `sources.0.date` is not valid: write the source’s date as YYYY-MM-DD, YYYY-MM when it gives only the month, or undated when it gives none. → Correct it; content/README.md lists every field.',
      },
      {
        line: 11,
        message:
          'The field `sources.0.url` is not valid: write the full address of the page, starting https://. → Correct it; content/README.md lists every field.',
      },
    ]);
  });

  it('refuses a form whose source the entry does not list, on the line of its `source`', () => {
    const withForm = (url: string) =>
      entry(
        `term: Gao\nkind: place\nmatches:\n  - Gao\nforms:\n  - name: Gao town\n    source: ${url}\nsummary: A city.\n${sources('2022-08-15')}`,
      );
    expect(checkFrontmatter(withForm('https://example.org/elsewhere'), glossarySchema)).toEqual([
      {
        line: 8,
        message:
          'The form “Gao town” names a source the entry does not list. → Write the `url` of one of its `sources`, a page that uses “Gao town”, or add that page to `sources`.',
      },
    ]);
  });

  it('asks for frontmatter where there is none', () => {
    expect(checkFrontmatter('Just text.', pageSchema)[0]?.line).toBe(1);
  });
});
