import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, HookParameters } from 'astro';
import { checkFrontmatter, FRONTMATTER, frontmatterLines } from '../lib/frontmatter';
import {
  duplicateTermProblems,
  SLUG_FILE_NAME,
  slugFileName,
  matchesLine,
  type GlossaryIndex,
  type GlossaryTerm,
} from '../lib/glossary-terms';
import { checkMdxSyntax } from '../lib/mdx-syntax';
import { endBuildOnContentError, stopForContent } from '../lib/content-error';
import { checkPlaces, PlaceMapError, type PlaceEntry } from '../lib/place-map';
import { siteIdUse } from '../lib/site-ids';
import type { EventIndex, EventReferences } from '../lib/event-places';
import { parse } from 'yaml';
import { CONTENT_FOLDERS, searchNames } from '../schemas/content';

/** A content problem: the file (relative to the project), the line and what to do. */
interface Problem {
  path: string;
  line: number;
  column?: number;
  message: string;
}

/**
 * Checks every content file before Astro starts (encoding, frontmatter against the collection's
 * schema, MDX syntax, one interview, glossary file names and duplicates), so a mistake stops the
 * build with the file, the line and what to write, and nothing is built. Loads the glossary's
 * entries for the Markdown plugins into `glossary`, and in `astro dev` loads them again when an
 * entry is edited, added or removed, so links and previews follow without a restart.
 */
export function contentCheck({ glossary, events }: { glossary: GlossaryIndex; events: EventIndex }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') endBuildOnContentError(root);
        const { problems, terms, references } = checkContent(root);
        if (problems.length > 0) stopForContent(report(problems));
        glossary.terms = terms;
        events.events = references;
      },
      'astro:server:setup': ({ server, logger }) => {
        const glossaryDir = join(root, CONTENT_FOLDERS.glossary.folder);
        const reload = (path: string) => {
          if (!path.startsWith(glossaryDir)) return;
          const { problems, terms } = checkContent(root);
          if (problems.length > 0) return logger.error(report(problems));
          if (JSON.stringify(terms) === JSON.stringify(glossary.terms)) return; // a summary or body edit: the collection follows it
          glossary.terms = terms;
          refreshInterview(root, server.watcher, logger);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
        reloadServerModulesOnStoreWrite(root, server);
      },
    },
  };
}

/** Every problem of the content folders, and the glossary's entries. */
export function checkContent(root: string): { problems: Problem[]; terms: GlossaryTerm[]; references: EventReferences[] } {
  const problems: Problem[] = [];
  const terms: GlossaryTerm[] = [];
  const places: Array<{ entry: PlaceEntry; path: string; text: string }> = [];
  // Every entry's id (its file name), whether or not the entry has a problem of its own.
  const glossaryIds = new Set<string>();
  const eventFiles: EventFile[] = [];
  for (const { folder, extension, schema } of Object.values(CONTENT_FOLDERS)) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
    const files = names.filter((name) => name.endsWith(extension));
    for (const name of names.filter((other) => !other.endsWith(extension))) {
      problems.push({ path: join(folder, name), line: 1, message: `Only ${extension} files belong in ${folder}/. → Rename or move it.` });
    }
    if (folder === CONTENT_FOLDERS.interview.folder && files.length !== 1) {
      problems.push({
        path: folder,
        line: 1,
        message: `${folder}/ must hold exactly one interview (.mdx); it holds ${files.length}${files.length ? `: ${files.join(', ')}` : ''}. → Keep one file there.`,
      });
    }
    for (const name of files) {
      const path = join(folder, name);
      if (folder === CONTENT_FOLDERS.glossary.folder) glossaryIds.add(name.slice(0, -extension.length));
      const text = decode(readFileSync(join(dir, name)), path, problems);
      if (text === undefined) continue;
      const frontmatterProblems = checkFrontmatter(text, schema);
      problems.push(...frontmatterProblems.map(({ line, message }) => ({ path, line, message })));
      const syntax = extension === '.mdx' ? checkMdxSyntax(text) : undefined;
      if (syntax) problems.push({ path, ...syntax });
      if (folder === CONTENT_FOLDERS.events.folder) eventFiles.push({ name, path, text, valid: frontmatterProblems.length === 0 });
      if (folder !== CONTENT_FOLDERS.glossary.folder) continue;
      if (!SLUG_FILE_NAME.test(name)) {
        problems.push({
          path,
          line: 1,
          message: `A glossary entry’s file name is its id in links (/glossary/#id), so it must be a lowercase slug. → Rename it ${slugFileName(name)}.`,
        });
      }
      const id = name.slice(0, -'.md'.length);
      const use = siteIdUse(id, { interview: false });
      if (use)
        problems.push({
          path,
          line: 1,
          message: `The entry’s id #${id} (its file name) is ${use} id on the glossary page. → Rename the file.`,
        });
      if (frontmatterProblems.length > 0) continue;
      const data = CONTENT_FOLDERS.glossary.schema.parse(parse(FRONTMATTER.exec(text)?.[1] ?? ''));
      places.push({ entry: { id, ...data }, path, text });
      terms.push({
        id,
        term: data.term,
        matches: data.matches,
        searchForms: searchNames(data),
        source: { path, line: matchesLine(text) },
      });
    }
  }
  problems.push(...duplicateTermProblems(terms));
  const events = checkEvents(eventFiles, glossaryIds);
  problems.push(...events.problems);
  if (problems.length === 0) problems.push(...placeMapProblems(places));
  return { problems, terms, references: events.references };
}

/**
 * The events' file names (their ids in links: /timeline/#id) and the glossary entries they say
 * they concern, each at its line; and the places of the interview they refer to, with their lines,
 * for the Markdown plugin that checks them against the interview (src/markdown/rehype-event-places.ts).
 */
function checkEvents(
  files: readonly EventFile[],
  glossaryIds: ReadonlySet<string>,
): { problems: Problem[]; references: EventReferences[] } {
  const problems: Problem[] = [];
  const references: EventReferences[] = [];
  for (const { name, path, text, valid } of files) {
    if (!SLUG_FILE_NAME.test(name))
      problems.push({
        path,
        line: 1,
        message: `An event's file name is its id in links (/timeline/#id), so it must be a lowercase slug. → Rename it ${slugFileName(name)}.`,
      });
    if (!valid) continue; // its frontmatter's problems are reported already
    const data = CONTENT_FOLDERS.events.schema.parse(parse(FRONTMATTER.exec(text)?.[1] ?? ''));
    const lineOf = frontmatterLines(text);
    data.concerns.forEach((id, index) => {
      if (glossaryIds.has(id)) return;
      problems.push({
        path,
        line: lineOf(['concerns', index]),
        message: `The event concerns “${id}”, which is no glossary entry. → Write the file name, without .md, of an entry in content/glossary/ (for example ${[...glossaryIds].slice(0, 2).join(', ')}).`,
      });
    });
    references.push({
      path,
      refersTo: (data.refersTo ?? []).map(({ place, words }, index) => ({
        place,
        words,
        placeLine: lineOf(['refersTo', index, 'place']),
        wordsLine: lineOf(['refersTo', index, 'words']),
      })),
    });
  }
  return { problems, references };
}

/** An event's file as the content check read it: `valid` when its frontmatter passed its schema. */
interface EventFile {
  name: string;
  path: string;
  text: string;
  valid: boolean;
}

/** Whether the glossary's map can draw every place (countries known to Natural Earth, towns inside the frame), at the field's line. */
function placeMapProblems(places: Array<{ entry: PlaceEntry; path: string; text: string }>): Problem[] {
  try {
    checkPlaces(places.map(({ entry }) => entry));
    return [];
  } catch (error) {
    if (!(error instanceof PlaceMapError)) throw error;
    const place = places.find(({ entry }) => entry.id === error.entry);
    const lines = place?.text.split('\n') ?? [];
    const line = lines.findIndex((text) => text.startsWith(`${error.field}:`)) + 1;
    return [{ path: place?.path ?? `content/glossary/${error.entry}.md`, line: line || 1, message: error.problem }];
  }
}

/** The file's text, or a problem naming the line of its first byte that is not UTF-8, or its byte-order mark. */
function decode(bytes: Buffer, path: string, problems: Problem[]): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({
      path,
      line: 1,
      message: 'The file starts with a byte-order mark. → Save it as UTF-8 without BOM (most editors offer “UTF-8”, not “UTF-8 with BOM”).',
    });
    return undefined;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      problems.push({
        path,
        line,
        message: 'This line is not valid UTF-8 text. → Save the file as UTF-8 and check the line’s accented letters and punctuation.',
      });
      return undefined;
    }
    start = stop + 1;
  }
  return bytes.toString('utf8');
}

function report(problems: Problem[]): string {
  return `Content has ${problems.length} problem(s):\n${problems.map(({ path, line, column, message }) => `${path}:${line}${column ? `:${column}` : ''}: ${message}`).join('\n')}`;
}

/** Makes the dev server render the interview again, so its glossary links follow the entries. */
function refreshInterview(root: string, watcher: { emit(event: string, path: string): boolean }, logger: AstroIntegrationLogger): void {
  const dir = join(root, CONTENT_FOLDERS.interview.folder);
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) watcher.emit('change', join(dir, name));
  logger.info(`Glossary changed: ${relative(root, dir)} rendered again with the new entries.`);
}

/**
 * Makes the dev server read the content again once Astro has written its data store. Astro's
 * `getCollection` keeps the store it first read in a module-level singleton, emptied only when
 * the server evaluates Astro's modules again; after a store write that happened in most runs but
 * not all (withastro/astro#16567 mended the data module's cache, not this singleton). When it did
 * not, a new glossary entry was missing from `/glossary.json` until a restart: 4 runs of 8 of
 * dev-glossary.test.ts with three busy CPU loops beside it. A full reload of the server's modules
 * (not the browser's) after each write empties the singleton.
 */
function reloadServerModulesOnStoreWrite(root: string, server: HookParameters<'astro:server:setup'>['server']): void {
  const store = join(root, '.astro', 'data-store.json');
  const reload = (path: string) => {
    if (path !== store) return;
    for (const environment of Object.values(server.environments)) {
      if (environment.name !== 'client') environment.hot.send({ type: 'full-reload' });
    }
  };
  server.watcher.on('add', reload);
  server.watcher.on('change', reload);
}
