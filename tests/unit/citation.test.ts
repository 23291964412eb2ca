import { describe, expect, it } from 'vitest';
import { formatCitations, headlineCase, type CitationFacts } from '../../src/lib/citation.ts';

const FACTS: CitationFacts = {
  title: 'Interview: Despite the security and political crises in Mali, the UN expert remains optimistic',
  interviewer: { name: 'Alexandre Carette', role: 'UN News' },
  interviewee: { name: 'Alioune Tine', role: 'UN Independent Expert on the situation of human rights in Mali' },
  publisher: 'UN News',
  month: '2022-04',
  approximate: true,
};
const TARGET = { url: 'https://example.org/#a3', accessed: new Date(2026, 8, 5) };

describe('citations', () => {
  it('mark an approximate month each style’s way, and give no day', () => {
    const cited = formatCitations(FACTS, TARGET);
    expect(cited.apa).toContain('(ca. 2022, April)');
    expect(cited.mla).toContain('UN News, [Apr. 2022?], example.org/#a3. Accessed 5 Sept. 2026.');
    expect(cited.chicagoNote).toContain('[April 2022?], accessed September 5, 2026, https://example.org/#a3.');
    expect(cited.bibtex).toContain('date = {2022-04~}');
    expect(cited.ris).toContain('DA  - 2022/04//\r\n');
  });

  it('give a known month plainly', () => {
    const cited = formatCitations({ ...FACTS, approximate: false }, TARGET);
    expect(cited.apa).toContain('(2022, April)');
    expect(cited.mla).toContain('UN News, Apr. 2022,');
    expect(cited.chicagoBibliography).toContain('UN News, April 2022.');
    expect(cited.bibtex).toContain('date = {2022-04},');
    expect(cited.ris).not.toContain('approximate');
  });

  it('credit the interviewer as the article’s author in APA, the interviewee first in MLA and Chicago', () => {
    const cited = formatCitations(FACTS, TARGET);
    expect(cited.apa.startsWith('Carette, A. ')).toBe(true);
    expect(cited.apa).toContain('[Interview with Alioune Tine]');
    expect(cited.mla.startsWith('Tine, Alioune. “')).toBe(true);
    expect(cited.mla).toContain('Interview by Alexandre Carette.');
    expect(cited.chicagoNote.startsWith('Alioune Tine, “')).toBe(true);
    expect(cited.bibtex).toContain('author = {Carette, Alexandre}');
  });

  it('headline-style titles keep capitals and lower the small words', () => {
    expect(headlineCase(FACTS.title)).toBe(
      'Interview: Despite the Security and Political Crises in Mali, the UN Expert Remains Optimistic',
    );
    expect(headlineCase('a look at the way to go')).toBe('A Look at the Way to Go');
  });
});
