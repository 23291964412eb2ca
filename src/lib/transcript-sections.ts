/** A titled section of the transcript and the turns in it, as the speaker-turns plugin found them. */
export interface TranscriptSection {
  id: string;
  title: string;
  /** Turn ids in order: `q1`, `a1`, … */
  turns: string[];
}
