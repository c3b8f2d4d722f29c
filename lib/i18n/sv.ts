/**
 * The site's own words in Swedish. This dictionary defines the shape every other locale must match.
 * Region content is not here: it stays in its source's language in content/regions/.
 */
import type { Country } from '../content/schema';

export const sv = {
  site: {
    name: 'Jämställdhetsportalen',
    intro:
      'Jämställdhetsportalen visar hur fem nordiska regioner arbetar för jämställdhet mellan kvinnor och män, med utgångspunkt i deras egna dokument. Här kan du läsa om varje regions arbete och se varifrån varje uppgift kommer.',
  },
  shell: {
    skipLink: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    languageNav: 'Välj språk',
    breadcrumbs: 'Du är här',
    footerNav: 'Om webbplatsen',
  },
  nav: {
    home: 'Start',
    about: 'Om webbplatsen',
    accessibility: 'Tillgänglighet',
  },
  footer: {
    about: 'Om webbplatsen',
    accessibility: 'Tillgänglighetsredogörelse',
    contact: 'Kontakt',
    contactText: 'Har du hittat ett fel eller har du frågor? Skriv till',
    sources: 'Allt innehåll om regionerna kommer från regionernas egna dokument.',
  },
  root: {
    chooseLanguage: 'Välj språk',
    enter: 'Till den svenska webbplatsen',
  },
  home: {
    title: 'Fem nordiska regioners jämställdhetsarbete',
    regionsHeading: 'Regionerna',
  },
  countries: {
    SE: 'Sverige',
    NO: 'Norge',
    DK: 'Danmark',
    FI: 'Finland',
    IS: 'Island',
  } satisfies Record<Country, string>,
  about: {
    title: 'Om webbplatsen',
    description: 'Vad Jämställdhetsportalen är, varifrån innehållet kommer och hur du rapporterar fel.',
    body: 'Jämställdhetsportalen samlar vad fem nordiska regioner har skrivit om sitt arbete för jämställdhet: Hedmark i Norge och Värmland, Norrbotten, Umeåregionen och Halland i Sverige. Allt innehåll om regionerna hämtas från deras egna dokument och återges på dokumentens språk.',
    reportHeading: 'Rapportera ett fel',
    reportText: 'Om du hittar ett fel, skriv till',
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    description: 'Hur tillgänglig Jämställdhetsportalen är och hur du rapporterar brister.',
    body: 'Vi vill att alla ska kunna använda Jämställdhetsportalen. Webbplatsen ska uppfylla WCAG 2.1 på nivå AA och testas automatiskt vid varje ändring.',
    reportHeading: 'Rapportera brister',
    reportText: 'Om något på webbplatsen inte fungerar för dig, skriv till',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Sidan du söker finns inte här. Den kan ha flyttats, eller så är adressen felstavad.',
    backHome: 'Gå till startsidan',
  },
};

export type Dictionary = typeof sv;
