import type { Dictionary } from './sv';

/** The site's own words in English. */
export const en: Dictionary = {
  site: {
    name: 'Jämställdhetsportalen',
    intro:
      "Jämställdhetsportalen shows how five Nordic regions work for equality between women and men, based on their own documents. Here you can read about each region's work and see where every statement comes from.",
  },
  shell: {
    skipLink: 'Skip to content',
    mainNav: 'Main menu',
    languageNav: 'Choose language',
    breadcrumbs: 'You are here',
    footerNav: 'About the site',
  },
  nav: {
    home: 'Home',
    about: 'About',
    accessibility: 'Accessibility',
  },
  footer: {
    about: 'About the site',
    accessibility: 'Accessibility statement',
    contact: 'Contact',
    contactText: 'Found an error, or have a question? Write to',
    sources: "Everything about the regions comes from the regions' own documents.",
  },
  root: {
    chooseLanguage: 'Choose language',
    enter: 'To the English site',
  },
  home: {
    title: 'How five Nordic regions work for gender equality',
    regionsHeading: 'The regions',
  },
  countries: {
    SE: 'Sweden',
    NO: 'Norway',
    DK: 'Denmark',
    FI: 'Finland',
    IS: 'Iceland',
  },
  about: {
    title: 'About the site',
    description: 'What Jämställdhetsportalen is, where its content comes from and how to report an error.',
    body: "Jämställdhetsportalen brings together what five Nordic regions have written about their work for gender equality: Hedmark in Norway, and Värmland, Norrbotten, Umeåregionen and Halland in Sweden. Everything about the regions is taken from their own documents and shown in the documents' language.",
    reportHeading: 'Report an error',
    reportText: 'If you find an error, write to',
  },
  accessibility: {
    title: 'Accessibility statement',
    description: 'How accessible Jämställdhetsportalen is and how to report a problem.',
    body: 'We want everyone to be able to use Jämställdhetsportalen. The site aims to meet WCAG 2.1 at level AA and is tested automatically on every change.',
    reportHeading: 'Report a problem',
    reportText: 'If something on the site does not work for you, write to',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for is not here. It may have moved, or the address may be misspelt.',
    backHome: 'Go to the home page',
  },
};
