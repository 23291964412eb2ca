import { slug } from 'github-slugger';

/** The id a heading gets from its text: `Prevent a apocalypse` → `prevent-a-apocalypse`. */
export function headingId(text: string): string {
  return slug(text.trim());
}
