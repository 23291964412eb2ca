import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check.ts';
import { PROJECT_ROOT } from '../support/build.ts';

const roots: string[] = [];
/** A copy of the project's content folder to break. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  roots.push(root);
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const messages = (root: string) => checkContent(root).problems.map(({ path, line, message }) => `${path}:${line}: ${message}`);

describe('the content check before the build', () => {
  it('passes the project’s own content and loads every glossary entry', () => {
    const { problems, terms } = checkContent(PROJECT_ROOT);
    expect(problems).toEqual([]);
    expect(terms.find((term) => term.id === 'wagner')).toMatchObject({
      term: 'Wagner',
      matches: ['Wagner'],
      source: { path: 'content/glossary/wagner.md', line: 4 },
    });
  });

  it('refuses a glossary file name that is not its lowercase id, and says what to rename it', () => {
    const root = contentCopy();
    renameSync(join(root, 'content/glossary/wagner.md'), join(root, 'content/glossary/Wagner group.md'));
    expect(messages(root)).toContain(
      'content/glossary/Wagner group.md:1: A glossary entry’s file name is its id in links (/glossary/#id), so it must be a lowercase slug. → Rename it wagner-group.md.',
    );
  });

  it('refuses two entries with the same term or the same words, naming both files', () => {
    const root = contentCopy();
    writeFileSync(join(root, 'content/glossary/wagner-group.md'), readFileSync(join(root, 'content/glossary/wagner.md')));
    const found = messages(root);
    expect(found).toContain(
      'content/glossary/wagner.md:4: The glossary entry “Wagner” has the same term as content/glossary/wagner-group.md. → Keep one entry for it, or tell the two apart.',
    );
    expect(found).toContain(
      'content/glossary/wagner.md:4: The words “Wagner” are in the `matches` of both content/glossary/wagner-group.md and content/glossary/wagner.md. → Leave them in one entry only: a mention links to one entry.',
    );
  });

  it('refuses a second interview, and none', () => {
    const root = contentCopy();
    cpSync(join(root, 'content/interview/interview.mdx'), join(root, 'content/interview/copy.mdx'));
    expect(messages(root)).toContain(
      'content/interview:1: content/interview/ must hold exactly one interview (.mdx); it holds 2: copy.mdx, interview.mdx. → Keep one file there.',
    );
    rmSync(join(root, 'content/interview/copy.mdx'));
    rmSync(join(root, 'content/interview/interview.mdx'));
    expect(messages(root)).toContain(
      'content/interview:1: content/interview/ must hold exactly one interview (.mdx); it holds 0. → Keep one file there.',
    );
  });

  it('refuses a file of another kind in a content folder', () => {
    const root = contentCopy();
    writeFileSync(join(root, 'content/glossary/notes.txt'), 'x');
    expect(messages(root)).toContain('content/glossary/notes.txt:1: Only .md files belong in content/glossary/. → Rename or move it.');
  });

  it('names the line of a byte that is not UTF-8', () => {
    const root = contentCopy();
    const path = join(root, 'content/interview/interview.mdx');
    const lines = readFileSync(path, 'utf8').split('\n');
    const broken = Buffer.concat([
      Buffer.from(`${lines.slice(0, 29).join('\n')}\nKe`),
      Buffer.from([0xef, 0x74]),
      Buffer.from(`a\n${lines.slice(29).join('\n')}`),
    ]);
    writeFileSync(path, broken);
    expect(messages(root)).toEqual([
      'content/interview/interview.mdx:30: This line is not valid UTF-8 text. → Save the file as UTF-8 and check the line’s accented letters and punctuation.',
    ]);
  });

  it('names a byte-order mark as the problem, not “no frontmatter”', () => {
    const root = contentCopy();
    const path = join(root, 'content/glossary/gao.md');
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    expect(messages(root)).toEqual([
      'content/glossary/gao.md:1: The file starts with a byte-order mark. → Save it as UTF-8 without BOM (most editors offer “UTF-8”, not “UTF-8 with BOM”).',
    ]);
  });

  it('accepts Windows line endings', () => {
    const root = contentCopy();
    for (const file of ['content/interview/interview.mdx', 'content/glossary/gao.md', 'content/pages/about.mdx']) {
      const path = join(root, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    }
    expect(messages(root)).toEqual([]);
  });

  it('refuses a town whose coordinates fall outside the map, at their line', () => {
    const root = contentCopy();
    const path = join(root, 'content/glossary/gao.md');
    // Longitude east instead of west: the usual slip, and Gao would land in the Pacific.
    writeFileSync(path, readFileSync(path, 'utf8').replace('longitude: -0.05', 'longitude: 170'));
    const [problem] = messages(root);
    expect(problem).toMatch(/^content\/glossary\/gao\.md:7: The coordinates of “Gao” \(16\.267, 170\) fall outside the map of West Africa/);
    expect(problem).toContain('north and east are positive, south and west negative');
  });

  it('refuses a place the map cannot draw: neither a Natural Earth country nor a town', () => {
    const root = contentCopy();
    const path = join(root, 'content/glossary/togo.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('term: "Togo"', 'term: "Togoland"'));
    expect(messages(root)).toEqual([
      expect.stringMatching(
        /^content\/glossary\/togo\.md:2: The place “Togoland” is neither a country of Natural Earth .* → For a country, write its `term` as Natural Earth names it/,
      ),
    ]);
  });

  it('refuses coordinates on an entry that is not a place, and a band upside down', () => {
    const root = contentCopy();
    const wagner = join(root, 'content/glossary/wagner.md');
    writeFileSync(wagner, readFileSync(wagner, 'utf8').replace('\nsources:', '\ncoordinates: { latitude: 12.6, longitude: -8 }\nsources:'));
    const sahel = join(root, 'content/glossary/sahel.md');
    writeFileSync(sahel, readFileSync(sahel, 'utf8').replace('latitudes: { south: 10, north: 20 }', 'latitudes: { south: 20, north: 10 }'));
    const problems = messages(root).join('\n');
    expect(problems).toContain('Only places have `coordinates`; this entry is a group. → Remove the field, or set `kind: place`.');
    expect(problems).toContain('write the band’s `south` latitude below its `north` one');
  });

  it('refuses a form whose source the entry does not list, at the form’s line', () => {
    const root = contentCopy();
    const path = join(root, 'content/glossary/timbuktu.md');
    const text = readFileSync(path, 'utf8');
    const line = text.split('\n').findIndex((row) => row.includes('name: "Tombouctou"')) + 2;
    writeFileSync(path, text.replace(/(name: "Tombouctou"\n\s+source: )\S+/, '$1https://example.org/tombouctou'));
    expect(messages(root)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/glossary/timbuktu\\.md:${line}: .*The form “Tombouctou” names a source the entry does not list\\. → Write the \`url\` of one of its \`sources\``,
        ),
      ),
    ]);
  });

  it('refuses a glossary entry whose id the map uses', () => {
    const root = contentCopy();
    renameSync(join(root, 'content/glossary/wagner.md'), join(root, 'content/glossary/map-wagner.md'));
    expect(messages(root)).toContain(
      'content/glossary/map-wagner.md:1: The entry’s id #map-wagner (its file name) is a place’s on the glossary’s map (map-…) id on the glossary page. → Rename the file.',
    );
  });
});
