import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A checksum of a whole folder: every entry's relative path and kind, every file's bytes and every
 * link's target, in a fixed order. Two folders with the same checksum hold the same tree, byte for byte.
 * A missing folder has a checksum of its own.
 */
export function treeChecksum(root: string): string {
  const hash = createHash('sha256');
  if (!existsSync(root)) return hash.update('(missing)').digest('hex');
  const walk = (relative: string) => {
    const path = join(root, relative);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) hash.update(`link ${relative}\0${readlinkSync(path)}\0`);
    else if (stat.isFile()) hash.update(`file ${relative} ${stat.size}\0`).update(readFileSync(path)).update('\0');
    else if (stat.isDirectory()) {
      hash.update(`dir ${relative}\0`);
      for (const name of readdirSync(path).sort()) walk(relative ? `${relative}/${name}` : name);
    } else hash.update(`other ${relative}\0`);
  };
  walk('');
  return hash.digest('hex');
}
