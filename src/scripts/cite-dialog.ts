import { formatCitations, type CitationFacts } from '../lib/citation';
import stylesheet from '../styles/cite-dialog.css?url';

/**
 * The Cite dialog: a modal <dialog> with the interview's (or a turn's) citation in APA 7, MLA 9 and
 * Chicago notes and bibliography, ready to copy, BibTeX to copy and RIS to download. Loaded on the
 * first click of a Cite button (transcript-links.ts); made once, filled at each opening. The facts
 * come from the header's Cite button (`data-citation`, rendered from the frontmatter at build time);
 * the address is the page's, with the turn's `#a3`; the access date is the reader's today.
 * The browser's modal dialog keeps focus inside and closes on Escape; focus returns to the button
 * that opened it.
 */

type Child = Node | string;
function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Child[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let dialog: HTMLDialogElement | undefined;
let styled: Promise<unknown> | undefined;
let opener: HTMLElement | undefined;
let download: string | undefined;

/** Loads the dialog's stylesheet once (the CSP allows no inline style), resolving when it applies. */
function loadStyles(): Promise<unknown> {
  return (styled ??= new Promise((done) => {
    const link = element('link', { rel: 'stylesheet', href: stylesheet });
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
    document.head.append(link);
  }));
}

function makeDialog(): HTMLDialogElement {
  const made = element('dialog', { className: 'cite-dialog' });
  made.addEventListener('close', () => {
    opener?.focus();
    if (download) URL.revokeObjectURL(download);
    download = undefined;
  });
  document.body.append(made);
  return made;
}

/** Opens the citations for what `button` cites: the interview (`data-cite=""`) or a turn (`data-cite="#a3"`). */
export async function openCitations(button: HTMLElement): Promise<void> {
  const source = document.querySelector<HTMLElement>('[data-citation]');
  if (!source?.dataset.citation) return;
  const facts = JSON.parse(source.dataset.citation) as CitationFacts;
  const hash = button.dataset.cite ?? '';
  const what = button.querySelector('.sr-only')?.textContent?.trim() || 'this interview';
  const accessed = new Date();
  const citations = formatCitations(facts, { url: `${location.origin}${location.pathname}${hash}`, accessed });
  await loadStyles();
  dialog ??= makeDialog();
  opener = button;

  const status = element('p', { className: 'sr-only' });
  status.setAttribute('role', 'status');
  const copy = (label: string, text: string) => {
    const copyButton = element(
      'button',
      { type: 'button', className: 'cite-copy' },
      'Copy',
      element('span', { className: 'sr-only' }, ` ${label}`),
    );
    copyButton.addEventListener('click', () => {
      const say = (message: string) => {
        status.textContent = '';
        setTimeout(() => (status.textContent = message), 50);
      };
      navigator.clipboard
        ?.writeText(text)
        .then(() => {
          copyButton.dataset.copied = '';
          say(`${label} copied`);
        })
        .catch(() => say(`Select the ${label} to copy it`));
    });
    return copyButton;
  };
  const style = (name: string, label: string, text: string, block = false) =>
    element(
      'section',
      { className: 'cite-style' },
      element('h3', {}, name),
      block ? element('pre', { className: 'cite-text', tabIndex: 0 }, text) : element('p', { className: 'cite-text' }, text),
      copy(label, text),
    );
  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(new Blob([citations.ris], { type: 'application/x-research-info-systems' }));
  const turn = hash.slice(1);
  const close = element('button', { type: 'button', className: 'cite-close' }, 'Close');
  close.addEventListener('click', () => dialog?.close());
  const title = `Cite ${what}`;
  dialog.setAttribute('aria-label', title);
  dialog.replaceChildren(
    element('div', { className: 'cite-head' }, element('h2', {}, title), close),
    element(
      'p',
      { className: 'cite-about' },
      `${facts.approximate ? 'The month of publication is approximate and the day unknown; each style marks it its own way. ' : ''}` +
        `The address is this edition’s${turn ? `, at ${turn.toUpperCase()}` : ''}; the access date is today.`,
    ),
    style('APA 7', 'APA 7 reference', citations.apa),
    style('MLA 9', 'MLA 9 works-cited entry', citations.mla),
    style('Chicago, note', 'Chicago note', citations.chicagoNote),
    style('Chicago, bibliography', 'Chicago bibliography entry', citations.chicagoBibliography),
    style('BibTeX (biblatex)', 'BibTeX entry', citations.bibtex, true),
    element(
      'p',
      { className: 'cite-download' },
      element('a', { href: download, download: `tine-interview${turn ? `-${turn}` : ''}.ris` }, 'Download RIS'),
      ' for reference managers (Zotero, EndNote, Mendeley).',
    ),
    status,
  );
  dialog.showModal();
}
