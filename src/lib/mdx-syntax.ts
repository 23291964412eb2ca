import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { FRONTMATTER } from './frontmatter';

/** An MDX syntax problem, located in the file. */
export interface MdxSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Parses an MDX file's body as MDX does, so that a syntax error is reported with its line in
 * the file and what to do, before the build starts. Returns undefined for a file that parses.
 */
export function checkMdxSyntax(fileText: string): MdxSyntaxProblem | undefined {
  const frontmatter = FRONTMATTER.exec(fileText)?.[0] ?? '';
  const lineOffset = frontmatter.split('\n').length - 1;
  try {
    unified().use(remarkParse).use(remarkMdx).parse(fileText.slice(frontmatter.length));
    return undefined;
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const point = place?.start ?? place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      line: (point?.line ?? 1) + lineOffset,
      column: point?.column ?? 1,
      message: `MDX syntax error: ${reason} → Check the tag or expression that ends here or just before: every component tag is closed (<Photo …>…</Photo>), and a literal < or { in prose is written \\< or \\{.`,
    };
  }
}
