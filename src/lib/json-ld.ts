import type { CollectionEntry } from 'astro:content';

type Interview = CollectionEntry<'interview'>['data'];
type GlossaryEntry = CollectionEntry<'glossary'>['data'];

const SCHEMA_TYPE: Record<GlossaryEntry['kind'], string> = {
  person: 'Person',
  organisation: 'Organization',
  group: 'Organization',
  place: 'Place',
};

/** The interview as a schema.org news article: who wrote it, who speaks, what it is about. */
export function interviewJsonLd({ interview, glossary, url }: { interview: Interview; glossary: GlossaryEntry[]; url: string }): Record<string, unknown> {
  const speakers = new Set([interview.interviewer.name, interview.interviewee.name]);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: interview.title,
    description: interview.standfirst,
    url,
    datePublished: interview.published.month,
    inLanguage: 'en',
    genre: 'Interview',
    author: { '@type': 'Person', name: interview.interviewer.name, affiliation: { '@type': 'Organization', name: interview.source.publisher } },
    publisher: { '@type': 'Organization', name: interview.source.publisher },
    about: [
      { '@type': 'Person', name: interview.interviewee.name, jobTitle: interview.interviewee.role },
      { '@type': 'Place', name: 'Mali' },
    ],
    mentions: glossary
      .filter((entry) => !speakers.has(entry.term))
      .map((entry) => ({ '@type': SCHEMA_TYPE[entry.kind], name: entry.term, ...(entry.expansion ? { alternateName: entry.expansion } : {}) })),
  };
}
