/** What the tests and the bench put on a page's `window` (through `page.evaluate` or an init script), typed once. */
declare global {
  interface Window {
    /** Content-Security-Policy violations seen since the page started (csp.test.ts). */
    cspViolations?: string[];
    /** The theme applied when the body was parsed (reading.test.ts). */
    themeAtBody?: string;
    /** axe-core, injected into the page (accessibility.test.ts). */
    axe?: {
      run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
    };
    /** The search results module's item builder, exposed to the page by search.test.ts. */
    hitItem?: (hit: object) => { item: HTMLElement };
    /** Set by an injected `onerror`: proof that markup in an excerpt ran (search.test.ts). */
    pwned?: number;
    /** Keystroke-to-results timing (tests/bench/run.ts). */
    timing?: { start: number; end: number };
    /** The first search on a throttled phone: first keystroke, first results, the whole word's results (tests/bench/first-search.ts). */
    firstSearch?: { start: number; first: number; whole: number };
  }
}

export {};
