import { load } from 'cheerio';

/**
 * What makes a built page less than a plain document under the site's content security policy: a
 * script that is not one of the site's own files (the framework's, or inline), a script preload, a
 * <style> element or style attribute, or a script on a page that has no interactive part.
 */
export function documentProblems(html: string, basePath = ''): string[] {
  const $ = load(html);
  const problems: string[] = [];
  $('script').each((_, element) => {
    const script = $(element);
    const src = script.attr('src');
    if (script.attr('type') === 'application/ld+json') return;
    if (src === undefined) problems.push('an inline script');
    else if (!src.startsWith(`${basePath}/assets/`)) problems.push(`a script that is not the site's own: ${src}`);
  });
  $('link[rel="modulepreload"], link[rel="preload"][as="script"]').each((_, element) => {
    problems.push(`a script preload: ${$(element).attr('href')}`);
  });
  if ($('style').length > 0) problems.push('a <style> element');
  $('[style]').each((_, element) => {
    problems.push(`a style attribute on <${element.tagName}>: ${$(element).attr('style')}`);
  });
  if ($('[data-module]').length === 0 && $('script[src]').length > 0) {
    problems.push('a script on a page without interactive parts');
  }
  return problems;
}
