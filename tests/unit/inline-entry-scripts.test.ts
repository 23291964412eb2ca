import { describe, expect, it } from 'vitest';
import { inlinedChunk } from '../../src/integrations/inline-entry-scripts.ts';

describe('a page’s script written into the page', () => {
  it('imports its sibling chunks from the site’s root, as an inline module resolves them against the page', () => {
    const code = 'import{a as b}from"./shared.1.js";const c=()=>import(`./ui.2.js`),d=import("./x.3.js");';
    expect(inlinedChunk(code, '/interview/_astro/entry.js', '_astro/entry.js')).toBe(
      'import{a as b}from"/interview/_astro/shared.1.js";const c=()=>import(`/interview/_astro/ui.2.js`),d=import("/interview/_astro/x.3.js");',
    );
  });

  it('leaves other addresses alone', () => {
    const code = 'fetch("./data.json");import("https://example.org/x.js");';
    expect(inlinedChunk(code, '/_astro/entry.js', '_astro/entry.js')).toBe(code);
  });

  it('refuses code that would end the script element early, naming the chunk', () => {
    expect(() => inlinedChunk('const s="</script>";', '/_astro/entry.js', '_astro/entry.js')).toThrow(/_astro\/entry\.js: .*<\/script/);
  });
});
