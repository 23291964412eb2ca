import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkFrontmatter } from '../lib/frontmatter';
import { checkMdxSyntax } from '../lib/mdx-syntax';
import { CONTENT_FOLDERS } from '../schemas/content';

/**
 * Checks every content file's frontmatter (and MDX syntax) before Astro starts, so a missing or
 * mistyped field or a broken tag stops the build with the file, the line and what to write, and
 * nothing is built.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems: string[] = [];
        for (const { folder, extension, schema } of CONTENT_FOLDERS) {
          const dir = join(root, folder);
          if (!existsSync(dir)) continue;
          const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(extension));
          for (const file of files) {
            const path = join(dir, file.name);
            const text = readFileSync(path, 'utf8');
            const where = relative(process.cwd(), path) || path;
            for (const { line, message } of checkFrontmatter(text, schema)) problems.push(`${where}:${line}: ${message}`);
            const syntax = extension === '.mdx' ? checkMdxSyntax(text) : undefined;
            if (syntax) problems.push(`${where}:${syntax.line}:${syntax.column}: ${syntax.message}`);
          }
        }
        if (problems.length > 0) throw new Error(`Content has ${problems.length} problem(s):\n${problems.join('\n')}`);
      },
    },
  };
}
