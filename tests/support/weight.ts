import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface FirstView {
  url: string;
  requests: number;
  /** Bytes per kind, raw and gzip (level 9, as a static host would serve them). */
  bytes: Record<ResourceKind, { raw: number; gzip: number }>;
  total: { raw: number; gzip: number };
  /** JavaScript run before any interaction: script files plus inline scripts in the HTML. */
  scriptBeforeInteraction: { raw: number; gzip: number };
  foreignRequests: string[];
}

function kindOf(contentType: string, url: string): ResourceKind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('font') || /\.(woff2?|ttf|otf)$/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/**
 * Loads a page in a fresh context, waits until the network is idle, and adds up every response:
 * what a first visit costs before the reader does anything.
 */
export async function measureFirstView(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<FirstView> {
  const context = await browser.newContext({ viewport });
  const origin = new URL(url).origin;
  const bodies: Array<Promise<{ kind: ResourceKind; body: Buffer }>> = [];
  const foreignRequests: string[] = [];
  let inlineScripts: string[];
  try {
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    });
    page.on('response', (response) => {
      bodies.push(response.body().then((body) => ({ kind: kindOf(response.headers()['content-type'] ?? '', response.url()), body })));
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    inlineScripts = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => !(script as HTMLScriptElement).type.includes('json'))
        .map((script) => script.textContent ?? ''),
    );
  } finally {
    await context.close();
  }

  const responses = await Promise.all(bodies);
  const zero = () => ({ raw: 0, gzip: 0 });
  const bytes: FirstView['bytes'] = { html: zero(), css: zero(), js: zero(), font: zero(), image: zero(), other: zero() };
  for (const { kind, body } of responses) {
    bytes[kind].raw += body.length;
    bytes[kind].gzip += gzipSync(body, { level: 9 }).length;
  }
  const inline = Buffer.from(inlineScripts.join('\n'));
  const total = Object.values(bytes).reduce((sum, { raw, gzip }) => ({ raw: sum.raw + raw, gzip: sum.gzip + gzip }), zero());
  return {
    url,
    requests: responses.length,
    bytes,
    total,
    scriptBeforeInteraction: {
      raw: bytes.js.raw + inline.length,
      gzip: bytes.js.gzip + (inline.length > 0 ? gzipSync(inline, { level: 9 }).length : 0),
    },
    foreignRequests,
  };
}
