/** A person who speaks in the interview, as declared in the transcript's frontmatter. */
export interface Speaker {
  name: string;
  role: string;
}

export type TurnKind = 'question' | 'answer';

/** The two speakers, keyed by what their turns are. */
export interface Speakers {
  interviewer: Speaker;
  interviewee: Speaker;
}

/** Public id of a turn: questions `q1`…, answers `a1`…, numbered through the interview. */
export function turnId(kind: TurnKind, n: number): string {
  return `${kind === 'question' ? 'q' : 'a'}${n}`;
}

/** The turn a public id names (`q4` → the fourth question), or undefined for any other id. */
export function turnOfId(id: string): { kind: TurnKind; n: number } | undefined {
  const match = /^([qa])([1-9]\d*)$/.exec(id);
  return match ? { kind: match[1] === 'q' ? 'question' : 'answer', n: Number(match[2]) } : undefined;
}

/** "Question 3" / "Answer 3", for accessible names. */
export function turnName(kind: TurnKind, n: number): string {
  return `${kind === 'question' ? 'Question' : 'Answer'} ${n}`;
}

/** Reads the two speakers from frontmatter, or `undefined` when the document is not an interview. */
export function speakersFrom(frontmatter: unknown): Speakers | undefined {
  if (typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  const { interviewer, interviewee } = frontmatter as Record<string, unknown>;
  if (isSpeaker(interviewer) && isSpeaker(interviewee)) return { interviewer, interviewee };
  return undefined;
}

function isSpeaker(value: unknown): value is Speaker {
  if (typeof value !== 'object' || value === null) return false;
  const { name, role } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof role === 'string';
}
