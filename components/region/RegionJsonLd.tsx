import type { LocalisedRegion } from '@/lib/content';

/**
 * Structured data for search engines: the page is about the region's organisations. A merged
 * organisation carries its dissolution date. JSON is escaped so that content can never close the tag.
 */
export function RegionJsonLd({ region, url, locale }: { region: LocalisedRegion; url: string; locale: string }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url,
    inLanguage: locale,
    dateModified: region.reviewed,
    about: region.organisations.map((organisation) => ({
      '@type': 'GovernmentOrganization',
      name: organisation.name,
      areaServed: region.name,
      address: { '@type': 'PostalAddress', addressCountry: region.country },
      ...(organisation.status.kind === 'merged'
        ? { dissolutionDate: organisation.status.date ?? String(organisation.status.year) }
        : {}),
    })),
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
