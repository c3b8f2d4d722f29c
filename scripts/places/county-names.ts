/**
 * The counties' names in the site's three languages, for scripts/places/derive.ts. Swedish counties
 * (län) by SCB's county code, with their official English names; Norwegian readers write them in
 * Swedish. Norwegian counties (fylker, as of 2024) by SSB's county number, named as in Kartverket's
 * data; Swedish writes "fylke" after the name, English "County".
 */
type Names = { sv: string; nb: string; en: string };

const swedish = (sv: string, en: string): Names => ({ sv, nb: sv, en });
const norwegian = (nb: string): Names => ({
  sv: nb === 'Oslo' ? nb : `${nb} fylke`,
  nb,
  en: nb === 'Oslo' ? nb : `${nb} County`,
});

export const countyNames: Record<'SE' | 'NO', Record<string, Names>> = {
  SE: {
    '01': swedish('Stockholms län', 'Stockholm County'),
    '03': swedish('Uppsala län', 'Uppsala County'),
    '04': swedish('Södermanlands län', 'Södermanland County'),
    '05': swedish('Östergötlands län', 'Östergötland County'),
    '06': swedish('Jönköpings län', 'Jönköping County'),
    '07': swedish('Kronobergs län', 'Kronoberg County'),
    '08': swedish('Kalmar län', 'Kalmar County'),
    '09': swedish('Gotlands län', 'Gotland County'),
    '10': swedish('Blekinge län', 'Blekinge County'),
    '12': swedish('Skåne län', 'Skåne County'),
    '13': swedish('Hallands län', 'Halland County'),
    '14': swedish('Västra Götalands län', 'Västra Götaland County'),
    '17': swedish('Värmlands län', 'Värmland County'),
    '18': swedish('Örebro län', 'Örebro County'),
    '19': swedish('Västmanlands län', 'Västmanland County'),
    '20': swedish('Dalarnas län', 'Dalarna County'),
    '21': swedish('Gävleborgs län', 'Gävleborg County'),
    '22': swedish('Västernorrlands län', 'Västernorrland County'),
    '23': swedish('Jämtlands län', 'Jämtland County'),
    '24': swedish('Västerbottens län', 'Västerbotten County'),
    '25': swedish('Norrbottens län', 'Norrbotten County'),
  },
  NO: {
    '03': norwegian('Oslo'),
    '11': norwegian('Rogaland'),
    '15': norwegian('Møre og Romsdal'),
    '18': norwegian('Nordland'),
    '31': norwegian('Østfold'),
    '32': norwegian('Akershus'),
    '33': norwegian('Buskerud'),
    '34': norwegian('Innlandet'),
    '39': norwegian('Vestfold'),
    '40': norwegian('Telemark'),
    '42': norwegian('Agder'),
    '46': norwegian('Vestland'),
    '50': norwegian('Trøndelag'),
    '55': norwegian('Troms'),
    '56': norwegian('Finnmark'),
  },
};
