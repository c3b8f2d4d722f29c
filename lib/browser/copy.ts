/**
 * Copy buttons and copy links (data-module="copy-button" / "copy-link"). The page reads fully without
 * this file: a copy link is a plain #anchor link, and the text a copy button copies stands on the page.
 * With it, a click also puts that text, or the link's full address, on the clipboard and says so in
 * the element's status. Clicks are caught on the document, so that rows the pair viewer adds later
 * work too.
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
  if (link) void copy(link.href, element);
  else void copy(document.getElementById(element.dataset.copyFrom ?? '')?.textContent ?? '', element);
});

// A module, not a script: its top-level names stay its own.
export {};
