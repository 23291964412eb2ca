import type { CollectionEntry } from 'astro:content';

type Interview = CollectionEntry<'interview'>['data'];
type GlossaryEntry = CollectionEntry<'glossary'>['data'];

type ActorKind = Exclude<GlossaryEntry['kind'], 'place'>;

const SCHEMA_TYPE: Record<ActorKind, string> = {
  person: 'Person',
  organisation: 'Organization',
  group: 'Organization',
};

/** The interview as a schema.org news article: who wrote it, who speaks, what it is about. */
export function interviewJsonLd({
  interview,
  glossary,
  url,
}: {
  interview: Interview;
  glossary: GlossaryEntry[];
  url: string;
}): Record<string, unknown> {
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
    author: {
      '@type': 'Person',
      name: interview.interviewer.name,
      affiliation: { '@type': 'Organization', name: interview.source.publisher },
    },
    publisher: { '@type': 'Organization', name: interview.source.publisher },
    about: [
      { '@type': 'Person', name: interview.interviewee.name, jobTitle: interview.interviewee.role },
      { '@type': 'Place', name: 'Mali' },
    ],
    // The people and organisations it is about (places are left to the glossary).
    mentions: glossary
      .filter((entry): entry is GlossaryEntry & { kind: ActorKind } => entry.kind !== 'place' && !speakers.has(entry.term))
      .map((entry) => ({ '@type': SCHEMA_TYPE[entry.kind], name: entry.term })),
  };
}
