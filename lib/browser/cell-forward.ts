/**
 * An index of counties that stands where a page listed every region (data-module="cell-forward"): a
 * link to one of the old page's cells (#employer-halland) goes on at once to that cell on its county's
 * part. Without this file the index stands, and its links lead to every part.
 */
import { forwardedCell, parseParts } from '../cell-forward';

const root = document.querySelector<HTMLElement>('[data-module="cell-forward"]');
const hash = window.location.hash;
if (root && hash.length > 1 && !document.getElementById(decodeURIComponent(hash.slice(1)))) {
  const { parts = '', factRows = '', factHref = '', topicHref = '' } = root.dataset;
  const target = forwardedCell(hash, {
    parts: parseParts(parts),
    factRows: new Set(factRows.split(' ')),
    factHref,
    topicHref,
  });
  if (target) window.location.replace(target);
}
