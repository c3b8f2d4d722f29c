/**
 * Copy buttons and copy links (data-module="copy-button" / "copy-link"). The page reads fully without
 * this file: a copy link is a plain #anchor link, and the text a copy button copies stands on the page.
 * With it, a click also puts that text, or the link's full address, on the clipboard and says so in
 * the element's status, and a citation's placeholder for the day it was read becomes that day. Clicks
 * are caught on the document, so that rows the pair viewer adds later work too. The pages with copy
 * links are the comparisons, whose cells have soft hyphens: a copy of their text leaves those out.
 */

async function copy(text: string, element: HTMLElement) {
  try {
    await navigator.clipboard.writeText(text);
    const status = element.querySelector('[role="status"]');
    if (status) status.textContent = element.dataset.doneMessage ?? '';
  } catch {
    // No clipboard (permission refused): the text stays on the page, and a link still leads to its row.
  }
}

document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element)) return;
  const button = event.target.closest<HTMLElement>('[data-module="copy-button"] button');
  const link = event.target.closest<HTMLAnchorElement>('[data-module="copy-link"] a');
  const element = (button ?? link)?.closest<HTMLElement>('[data-module]');
  if (!element) return;
  if (link) {
    void copy(link.href, element);
    return;
  }
  const source = document.getElementById(element.dataset.copyFrom ?? '');
  if (!source) return;
  // A citation says when it was read: the day the button is pressed, written as the page writes dates.
  for (const accessed of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
    const format = new Intl.DateTimeFormat(accessed.dataset.accessed || undefined, { dateStyle: 'long' });
    accessed.textContent = format.format(new Date());
  }
  void copy(source.textContent?.replace(/\s+/g, ' ').trim() ?? '', element);
});

// Long words in comparison cells carry soft hyphens (lib/hyphenate.ts), which Chromium copies with the
// text: what is copied from the page should be its words, so they are taken out again.
document.addEventListener('copy', (event) => {
  const text = document.getSelection()?.toString() ?? '';
  if (!text.includes('\u00AD') || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', text.replace(/\u00AD/g, ''));
  event.preventDefault();
});

// A module, not a script: its top-level names stay its own.
export {};
