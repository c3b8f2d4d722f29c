// The last step of npm run build: says which address the build wrote into its canonical links,
// citations, feed and share images. A build without SITE_URL writes http://localhost:3000 into all of
// them, which is right for a preview and wrong for anything published, so it says so last, where the
// person who ran the build reads.
import { previewSiteUrl } from '../lib/config';
import { site } from '../lib/site';

if (site.url !== previewSiteUrl) {
  console.log(`Built for ${site.url}${site.basePath}/: canonical links, citations, feed and share images point there.`);
} else {
  console.warn(
    [
      '',
      '!! SITE_URL is not set: canonical links, citations, the feed, the sitemap and the share images',
      `!! in out/ point at ${site.url}. That is fine for a preview; before you publish, build again with`,
      '!! the public address, for example: SITE_URL=https://kommun.se npm run build',
      '',
    ].join('\n'),
  );
}
