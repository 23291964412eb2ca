/**
 * Citations of the interview, or of one turn of it, in APA 7, MLA 9, Chicago (17th, notes and
 * bibliography), BibTeX (biblatex) and RIS. Pure functions of the facts the interview's frontmatter
 * gives (rendered into the page at build time, see InterviewHeader.astro), the address and the
 * reader's access date: nothing is invented, and what is not known is left out the way each style
 * says.
 *
 * Who is credited. A published interview is cited as what it was published as, here a UN News
 * article: APA credits the article's author, the interviewer, and names the interviewee in a
 * bracketed description after the title; MLA and Chicago put the interviewee first and the
 * interviewer after “Interview by”.
 *
 * The date. The frontmatter gives a month and says whether it is approximate (April 2022 is the
 * editors' inference; the exact day is unknown, so no style gets a day). Each style's convention for
 * an uncertain date:
 * - APA 7: an estimated date takes “ca.” before it, `(ca. 2022, April)` (APA's “date element”
 *   rules as given by library guides, e.g. https://libguides.navitas.com/apa7/variations-in-text:
 *   “if the date is not known but can be reliably estimated, use ‘ca.’”);
 * - MLA 9: information supplied from outside the source goes in square brackets, an uncertain date
 *   followed by a question mark, `[Apr. 2022?]` (MLA Handbook 9, square brackets in the
 *   works-cited list, as summarised at https://staging.bibliography.com/mla/how-to-punctuate-in-mla-works-cited);
 * - Chicago: the same bracket-and-question-mark form for supplied, uncertain information,
 *   `[April 2022?]` (as Chicago guides show for uncertain elements, e.g.
 *   https://writing.colostate.edu/guides/page.cfm?pageid=170&guideid=11), with the access date,
 *   which Chicago asks for when a source's date is not known (CMOS 17, 14.12 “Access dates”);
 * - biblatex: EDTF's approximate marker, `date = {2022-04~}` (biblatex's date fields take EDTF);
 * - RIS: `DA - 2022/04//` (year and month, no day) and a note that the month is approximate.
 * The original article's address is not known: no style gets one; the URL is this edition's.
 */

export interface Person {
  name: string;
  role: string;
}

/** What the page knows about the interview: the frontmatter's fields, as InterviewHeader renders them. */
export interface CitationFacts {
  title: string;
  interviewer: Person;
  interviewee: Person;
  /** The publisher: UN News. */
  publisher: string;
  /** `YYYY-MM`. */
  month: string;
  approximate: boolean;
}

export interface CitationTarget {
  /** This edition's address: the page, with `#a3` for a turn. */
  url: string;
  /** When the reader accessed it (their today). */
  accessed: Date;
}

export interface Citations {
  apa: string;
  mla: string;
  chicagoNote: string;
  chicagoBibliography: string;
  bibtex: string;
  ris: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters (May, June, July stay whole). */
const mlaMonth = (index: number) => (MONTHS[index]!.length > 4 ? `${MONTHS[index]!.slice(0, index === 8 ? 4 : 3)}.` : MONTHS[index]!);

/** Family name and given names: the last word is the family name (true of both speakers' names). */
function nameParts(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}
const inverted = (name: string) => {
  const { family, given } = nameParts(name);
  return given ? `${family}, ${given}` : family;
};
/** APA: family name and initials (`Carette, A.`). */
const apaName = (name: string) => {
  const { family, given } = nameParts(name);
  const initials = given
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ');
  return initials ? `${family}, ${initials}` : family;
};

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'on',
  'to',
  'up',
  'via',
]);
/**
 * Headline-style capitalisation for MLA and Chicago: major words capitalised, articles,
 * conjunctions and short prepositions lower case unless first, last or after a colon. Words already
 * written with capitals (UN, Mali) are kept as they are.
 */
export function headlineCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, index) => {
      const first = index === 0 || words[index - 1]!.endsWith(':');
      const last = index === words.length - 1;
      if (!first && !last && SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/** Title ending: no full stop after a title that ends in its own punctuation. */
const period = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** Every citation of the interview (or of the turn the address points to). */
export function formatCitations(facts: CitationFacts, { url, accessed }: CitationTarget): Citations {
  const [year, monthNumber] = facts.month.split('-').map(Number) as [number, number];
  const monthIndex = monthNumber - 1;
  const month = MONTHS[monthIndex]!;
  const approx = facts.approximate;
  const interviewer = facts.interviewer.name;
  const interviewee = facts.interviewee.name;
  const day = accessed.getDate();
  const accessedMonth = accessed.getMonth();
  const accessedYear = accessed.getFullYear();
  const usDate = `${MONTHS[accessedMonth]} ${day}, ${accessedYear}`;
  const headline = headlineCase(facts.title);

  const apaDate = `${approx ? 'ca. ' : ''}${year}, ${month}`;
  const apa = `${apaName(interviewer)} (${apaDate}). ${facts.title} [Interview with ${interviewee}]. ${facts.publisher}. Retrieved ${usDate}, from ${url}`;

  const mlaDate = approx ? `[${mlaMonth(monthIndex)} ${year}?]` : `${mlaMonth(monthIndex)} ${year}`;
  const mla = `${inverted(interviewee)}. “${period(headline)}” Interview by ${interviewer}. ${facts.publisher}, ${mlaDate}, ${url.replace(/^https?:\/\//, '')}. Accessed ${day} ${mlaMonth(accessedMonth)} ${accessedYear}.`;

  const chicagoDate = approx ? `[${month} ${year}?]` : `${month} ${year}`;
  const chicagoNote = `${interviewee}, “${headline},” interview by ${interviewer}, ${facts.publisher}, ${chicagoDate}, accessed ${usDate}, ${url}.`;
  const chicagoBibliography = `${inverted(interviewee)}. “${period(headline)}” Interview by ${interviewer}. ${facts.publisher}, ${chicagoDate}. Accessed ${usDate}. ${url}.`;

  const iso = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const key = `${nameParts(interviewee).family}${year}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
  const braces = (text: string) => text.replace(/[{}\\]/g, '');
  const bibtex = [
    `@online{${key},`,
    `  author = {${braces(inverted(interviewer))}},`,
    `  title = {${braces(facts.title)}},`,
    `  organization = {${braces(facts.publisher)}},`,
    `  date = {${facts.month}${approx ? '~' : ''}},`,
    `  url = {${url}},`,
    `  urldate = {${iso(accessed)}},`,
    `  langid = {english},`,
    `  note = {Interview with ${braces(interviewee)}, ${braces(facts.interviewee.role)}${approx ? '; publication date approximate' : ''}},`,
    `}`,
  ].join('\n');

  const ris = [
    'TY  - ELEC',
    `AU  - ${inverted(interviewer)}`,
    `TI  - ${facts.title}`,
    `PB  - ${facts.publisher}`,
    `PY  - ${year}`,
    `DA  - ${year}/${String(monthNumber).padStart(2, '0')}//`,
    `UR  - ${url}`,
    `Y2  - ${iso(accessed).replaceAll('-', '/')}`,
    'LA  - en',
    `N1  - Interview with ${interviewee}, ${facts.interviewee.role}.${approx ? ' Publication date approximate.' : ''}`,
    'ER  - ',
    '',
  ].join('\r\n');

  return { apa, mla, chicagoNote, chicagoBibliography, bibtex, ris };
}
