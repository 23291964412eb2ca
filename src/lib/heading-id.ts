import type { Element } from 'hast';
import { slug } from 'github-slugger';
import type { VFile } from 'vfile';
import { failAt } from './content-error';
import { siteIdUse } from './site-ids';

/** The id a heading gets from its text: `Prevent a apocalypse` → `prevent-a-apocalypse`. */
export function headingId(text: string): string {
  return slug(text.trim());
}

/**
 * The id of a heading on a page, from its words, checked: not empty, not taken by an earlier
 * heading of the page (`seen`: id → line), not one of the ids the site uses itself.
 */
export function checkHeadingId(
  file: VFile,
  heading: Element,
  text: string,
  seen: Map<string, number | undefined>,
  page: { interview: boolean },
): string {
  const id = headingId(text);
  if (id === '') {
    failAt(
      file,
      heading,
      `The heading “${text}” has no letters or digits to make its id from.`,
      'Give the heading words: its id is made from them.',
    );
  }
  if (seen.has(id)) {
    failAt(
      file,
      heading,
      `The heading “${text}” would get the id #${id}, already taken by the heading on line ${seen.get(id) ?? '?'}.`,
      'Give one of the two headings different words: ids must be unique so that shared links land in one place.',
    );
  }
  const use = siteIdUse(id, page);
  if (use) {
    failAt(
      file,
      heading,
      `The heading “${text}” would get the id #${id}, which is ${use} id on this site.`,
      'Give the heading other words: two elements with one id would send shared links to the wrong one.',
    );
  }
  seen.set(id, heading.position?.start.line);
  return id;
}
