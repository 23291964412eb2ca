import type { CollectionEntry } from 'astro:content';

type Interview = CollectionEntry<'interview'>['data'];
type GlossaryEntry = CollectionEntry<'glossary'>['data'];

type ActorKind = Exclude<GlossaryEntry['kind'], 'place'>;

const SCHEMA_TYPE: Record<ActorKind, string> = {
  person: 'Person',
  organisation: 'Organization',
  group: 'Organization',
};

/**
 * The interview as a schema.org news article: who wrote it, who speaks, what it is about. This
 * edition is the site's; the original it reproduces is UN News's, which `isBasedOn` describes.
 * No day or month is claimed: the original's date is known only approximately (see the About
 * page), so only its year, which is certain, is given.
 */
export function interviewJsonLd({
  interview,
  glossary,
  url,
  siteName,
}: {
  interview: Interview;
  glossary: GlossaryEntry[];
  /** The page's public address; left out without SITE_URL. */
  url: string | undefined;
  /** The site's name: the publisher of this edition. */
  siteName: string;
}): Record<string, unknown> {
  const speakers = new Set([interview.interviewer.name, interview.interviewee.name]);
  const author = {
    '@type': 'Person',
    name: interview.interviewer.name,
    affiliation: { '@type': 'Organization', name: interview.source.publisher },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: interview.title,
    description: interview.standfirst,
    ...(url && { url }),
    inLanguage: 'en',
    genre: 'Interview',
    author,
    publisher: { '@type': 'Organization', name: siteName },
    isBasedOn: {
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: interview.source.publisher },
      datePublished: interview.published.month.slice(0, 4),
    },
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
