import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FRONTMATTER } from '../../src/lib/frontmatter.ts';
import { formNames } from '../../src/schemas/content.ts';
import { PROJECT_ROOT } from '../support/build.ts';

const glossaryFolder = join(PROJECT_ROOT, 'content/glossary');
const glossary = readdirSync(glossaryFolder).map(
  (name) =>
    parse(FRONTMATTER.exec(readFileSync(join(glossaryFolder, name), 'utf8'))?.[1] ?? '') as {
      term: string;
      forms?: Array<{ name: string }>;
    },
);

describe('the About page on the names search knows', () => {
  it('gives as examples only names that a glossary entry’s forms hold, for that entry', () => {
    const about = readFileSync(join(PROJECT_ROOT, 'content/pages/about.mdx'), 'utf8');
    const sentence = /^Search finds each person, organisation and place by the names .*\(([^)]+)\).*$/m.exec(about);
    expect(sentence, 'the About page says which other names search knows').not.toBeNull();
    const examples = sentence![1]!.split(', ').map((pair) => /^(.+) for (?:the )?(.+)$/.exec(pair)!.slice(1) as [string, string]);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [form, term] of examples)
      expect(formNames(glossary.find((entry) => entry.term === term)?.forms), `${form} for ${term}`).toContain(form);
  });
});
