// Word lists for the generated register: common Swedish names (SCB's most frequent), company
// name parts of the kind an IT-industry network's members have, streets, and real postcodes with
// their post towns.

export const FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Christina', 'Lena', 'Emma', 'Kerstin', 'Marie', 'Malin', 'Ingrid',
  'Jenny', 'Hanna', 'Linnéa', 'Sofia', 'Elin', 'Ida', 'Johanna', 'Birgitta', 'Camilla', 'Åsa', 'Ebba', 'Maja',
  'Astrid', 'Saga', 'Märta', 'Signe', 'Agnes', 'Ellinor', 'Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per',
  'Karl', 'Peter', 'Thomas', 'Jan', 'Daniel', 'Fredrik', 'Hans', 'Andreas', 'Stefan', 'Mohammed', 'Mats',
  'Magnus', 'Jonas', 'Björn', 'Oskar', 'Nils', 'Gustav', 'Axel', 'Olle', 'Göran', 'Åke', 'Sören', 'Jörgen',
  'Håkan', 'Leif', 'Ali', 'Amir', 'Noor', 'Fatima', 'Aisha', 'Zeynep', 'Mehmet', 'Dragan', 'Milica',
];

export const SURNAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson',
  'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Axelsson', 'Berg', 'Bergström', 'Lundberg',
  'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg',
  'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman',
  'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg',
  'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Öberg',
  'Ström', 'Åberg', 'Hassan', 'Ali', 'Yilmaz', 'Nguyen', 'Kovačević',
];

export const COMPANY_STEMS = [
  'Norrsken', 'Fjäll', 'Älv', 'Skärgård', 'Kust', 'Gran', 'Björk', 'Ek', 'Lind', 'Sjö', 'Berg', 'Dal', 'Ström',
  'Vind', 'Ljus', 'Moln', 'Kod', 'Nät', 'Data', 'Bit', 'Pixel', 'Logik', 'Signal', 'Nod', 'Brygga', 'Hamn',
  'Fyr', 'Kompass', 'Stjärn', 'Sol', 'Måne', 'Åker', 'Öster', 'Väster', 'Söder', 'Norr', 'Mälar', 'Vätter',
  'Väner', 'Göta', 'Svea', 'Norrlands', 'Bohus', 'Halland', 'Roslagen', 'Dalarna', 'Jämt', 'Skåne', 'Gotland',
];

export const COMPANY_WORDS = [
  'Data', 'IT', 'Konsult', 'Systemutveckling', 'Digital', 'Tech', 'Mjukvara', 'Analys', 'Säkerhet', 'Molntjänster',
  'Webbyrå', 'Design', 'Nätverk', 'Drift', 'Kommunikation', 'Innovation', 'Utveckling', 'Lösningar', 'Labs',
  'Kodverkstad', 'Apputveckling', 'Integration', 'Automation', 'Systems', 'Solutions',
];

export const COMPANY_FORMS = ['AB', 'AB', 'AB', 'AB', 'AB', 'Aktiebolag', 'HB', 'KB', 'ekonomisk förening'];

/** Public and non-profit members: a region's municipalities, a university, an association. */
export const PUBLIC_NAMES = [
  'kommun', 'Region', 'universitet', 'högskola', 'näringslivsbolag', 'Science Park', 'föreningen för IT-säkerhet',
];

export const STREETS = [
  'Storgatan', 'Kungsgatan', 'Drottninggatan', 'Vasagatan', 'Järnvägsgatan', 'Skolgatan', 'Kyrkogatan',
  'Nygatan', 'Torggatan', 'Hamngatan', 'Östra Hamngatan', 'Västra Vägen', 'Södra Förstadsgatan', 'Sveavägen',
  'Götgatan', 'Hornsgatan', 'Linnégatan', 'Avenyn', 'Industrivägen', 'Teknikringen', 'Forskningsgatan',
  'Björkvägen', 'Tallvägen', 'Ängsvägen', 'Åvägen', 'Strandvägen', 'Parkgatan', 'Fabriksgatan', 'Bangårdsgatan',
  'Ringvägen', 'Norra Allén', 'Lilla Torget', 'Stora Nygatan', 'Repslagaregatan', 'Gamla Kungsvägen',
];

/** Real postcodes and their post towns (Postnord), spread over Sweden. */
export const POSTCODES: readonly (readonly [string, string])[] = [
  ['111 52', 'Stockholm'], ['113 59', 'Stockholm'], ['114 55', 'Stockholm'], ['116 45', 'Stockholm'],
  ['118 20', 'Stockholm'], ['164 40', 'Kista'], ['169 70', 'Solna'], ['172 66', 'Sundbyberg'],
  ['181 30', 'Lidingö'], ['151 89', 'Södertälje'], ['411 01', 'Göteborg'], ['411 05', 'Göteborg'],
  ['413 01', 'Göteborg'], ['416 64', 'Göteborg'], ['431 37', 'Mölndal'], ['211 20', 'Malmö'],
  ['211 22', 'Malmö'], ['214 24', 'Malmö'], ['222 20', 'Lund'], ['223 62', 'Lund'], ['252 21', 'Helsingborg'],
  ['301 80', 'Halmstad'], ['352 30', 'Växjö'], ['371 30', 'Karlskrona'], ['392 30', 'Kalmar'],
  ['461 30', 'Trollhättan'], ['503 38', 'Borås'], ['541 30', 'Skövde'], ['553 16', 'Jönköping'],
  ['582 22', 'Linköping'], ['602 22', 'Norrköping'], ['621 57', 'Visby'], ['632 20', 'Eskilstuna'],
  ['651 84', 'Karlstad'], ['702 10', 'Örebro'], ['703 61', 'Örebro'], ['721 30', 'Västerås'],
  ['751 05', 'Uppsala'], ['753 10', 'Uppsala'], ['791 71', 'Falun'], ['801 30', 'Gävle'],
  ['831 30', 'Östersund'], ['852 30', 'Sundsvall'], ['903 26', 'Umeå'], ['971 86', 'Luleå'],
  ['981 31', 'Kiruna'],
];

/** ASCII for e-mail addresses and domains: "Åsa Öberg" -> "asa.oberg". */
export function asciiSlug(s: string, separator = '.'): string {
  return s
    .toLowerCase()
    .replace(/å|ä/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}
