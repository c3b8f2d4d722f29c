import type { Dictionary } from './sv';

/** The site's own words in Norwegian bokmål. */
export const nb: Dictionary = {
  site: {
    name: 'Jämställdhetsportalen',
    intro:
      'Jämställdhetsportalen viser hvordan fem nordiske regioner arbeider for likestilling mellom kvinner og menn, ut fra deres egne dokumenter. Her kan du lese om arbeidet i hver region og se hvor hver opplysning kommer fra.',
  },
  shell: {
    skipLink: 'Hopp til innholdet',
    mainNav: 'Hovedmeny',
    languageNav: 'Velg språk',
    breadcrumbs: 'Du er her',
    footerNav: 'Om nettstedet',
  },
  nav: {
    home: 'Hjem',
    about: 'Om nettstedet',
    accessibility: 'Tilgjengelighet',
  },
  footer: {
    about: 'Om nettstedet',
    accessibility: 'Tilgjengelighetserklæring',
    contact: 'Kontakt',
    contactText: 'Har du funnet en feil eller har du spørsmål? Skriv til',
    sources: 'Alt innhold om regionene kommer fra regionenes egne dokumenter.',
  },
  root: {
    chooseLanguage: 'Velg språk',
    enter: 'Til det norske nettstedet',
  },
  home: {
    title: 'Fem nordiske regioners likestillingsarbeid',
    regionsHeading: 'Regionene',
  },
  countries: {
    SE: 'Sverige',
    NO: 'Norge',
    DK: 'Danmark',
    FI: 'Finland',
    IS: 'Island',
  },
  about: {
    title: 'Om nettstedet',
    description: 'Hva Jämställdhetsportalen er, hvor innholdet kommer fra og hvordan du melder fra om feil.',
    body: 'Jämställdhetsportalen samler det fem nordiske regioner har skrevet om sitt arbeid for likestilling: Hedmark i Norge og Värmland, Norrbotten, Umeåregionen og Halland i Sverige. Alt innhold om regionene er hentet fra deres egne dokumenter og gjengitt på dokumentenes språk.',
    reportHeading: 'Meld fra om en feil',
    reportText: 'Hvis du finner en feil, skriv til',
  },
  accessibility: {
    title: 'Tilgjengelighetserklæring',
    description: 'Hvor tilgjengelig Jämställdhetsportalen er og hvordan du melder fra om mangler.',
    body: 'Vi vil at alle skal kunne bruke Jämställdhetsportalen. Nettstedet skal oppfylle WCAG 2.1 på nivå AA og testes automatisk ved hver endring.',
    reportHeading: 'Meld fra om mangler',
    reportText: 'Hvis noe på nettstedet ikke fungerer for deg, skriv til',
  },
  notFound: {
    title: 'Siden finnes ikke',
    text: 'Siden du leter etter, finnes ikke her. Den kan ha blitt flyttet, eller adressen kan være feilstavet.',
    backHome: 'Gå til forsiden',
  },
};
