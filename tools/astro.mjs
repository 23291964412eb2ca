// @ts-check
/**
 * Astro's command line with its telemetry off, for the npm scripts (`node tools/astro.mjs build`):
 * the same on Linux, macOS and Windows, where a `NAME=value command` prefix works in POSIX shells
 * only. Plain JavaScript, so that an older Node can read it and say what is wrong.
 */
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(
    `This project runs on Node 24, but this is Node ${process.version} (${process.execPath}). Run it through npm ` +
      '(`npm start`, `npm run build`…), which puts the Node 24 that `npm install` brought into node_modules first; where npm has ' +
      'no Node 24 package for the system (macOS on Apple silicon), install Node 24 from https://nodejs.org first.',
  );
  process.exit(1);
}
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
