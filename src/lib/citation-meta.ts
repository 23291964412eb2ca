import type { CollectionEntry } from 'astro:content';
import type { CitationFacts } from './citation';

type Interview = CollectionEntry<'interview'>['data'];

/** The facts a citation needs, from the interview's frontmatter: rendered into the page for the Cite dialog. */
export function citationFacts(interview: Interview): CitationFacts {
  const { title, interviewer, interviewee, published, source } = interview;
  return { title, interviewer, interviewee, publisher: source.publisher, month: published.month, approximate: published.approximate };
}

/**
 * Citation metadata for reference managers (Zotero, Mendeley…), as Google Scholar's Highwire Press
 * tags: `citation_*` in the interview page's <head>. The same facts as the JSON-LD (json-ld.ts):
 * the interviewer as author (the article's author), UN News as publisher, the year only while the month is approximate (no day is
 * known), the page's public address (left out without SITE_URL), its language.
 */
export function citationMeta(interview: Interview, url: string | undefined): Array<{ name: string; content: string }> {
  const [year, month] = interview.published.month.split('-');
  const words = interview.interviewer.name.trim().split(/\s+/);
  return [
    { name: 'citation_title', content: interview.title },
    { name: 'citation_author', content: `${words.at(-1)}, ${words.slice(0, -1).join(' ')}` },
    { name: 'citation_publisher', content: interview.source.publisher },
    // The month is the editors' inference (published.approximate): the tag states only the year, as the JSON-LD does.
    { name: 'citation_publication_date', content: interview.published.approximate ? (year ?? '') : `${year}/${month}` },
    ...(url ? [{ name: 'citation_public_url', content: url }] : []),
    { name: 'citation_language', content: 'en' },
  ];
}
