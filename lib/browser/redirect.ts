/**
 * A pair page written in reverse order (data-module="redirect"): go on to the canonical page at once,
 * keeping the #fragment so that a linked row still opens. Without this file the page says where the
 * comparison is and links there.
 */
const root = document.querySelector<HTMLElement>('[data-module="redirect"]');
const target = root?.dataset.target;
if (target) window.location.replace(target + window.location.hash);

// A module, not a script: its top-level names stay its own.
export {};
