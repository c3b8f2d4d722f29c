/**
 * The print rule that writes a link within the site out in full ("/sv/charter/" prints as
 * "(https://…/sv/charter/)"). Only the configured site URL can complete the address, so the rule is
 * written at build time into its own stylesheet: a <style> element in the page would be invalid HTML
 * in <body> and blocked by the content security policy anywhere.
 */
export function printLinksCss(siteUrl: string): string {
  const cssString = `"${siteUrl.replace(/["\\\n]/g, (character) => `\\${character.charCodeAt(0).toString(16)} `)}"`;
  return `main a[href^="/"]::after { content: " (" ${cssString} attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }\n`;
}
