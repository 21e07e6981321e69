import type { OrganisationSeed } from "./types";

// The organisations behind the offers in /aanbod and the services staff refer
// people to. Names and roles come from the seed documents (shared/seeds);
// e-mail addresses of city services use the demo domain tezamen.example.
// Phone numbers are only given where they are national numbers (106, 101).
export const organisations: OrganisationSeed[] = [
  {
    slug: "hulp-voor-je-buurt",
    name: "Hulp voor je buur-t (stad Mechelen, dienst sociale cohesie)",
    kind: "CITY_SERVICE",
    description:
      'De dienst sociale cohesie van de stad neemt hulpvragen aan via het gratis 0800-nummer, de knop "Hulp nodig?" en partners in de wijk. We bellen je binnen 24 uur terug. Samen zoeken we wat helpt: een zorgzame buur, een activiteit of de juiste dienst.',
    email: "hulpvoorjebuurt@tezamen.example",
    website: "https://www.mechelen.be",
  },
  {
    slug: "zorgzame-buren",
    name: "Netwerk zorgzame buren",
    kind: "VOLUNTEER_NETWORK",
    description:
      "Inwoners die een buur helpen met boodschappen, een telefoontje, een wandeling of een babbel aan de deur. De dienst sociale cohesie brengt hen samen, volgt hen op en coacht hen.",
    email: "zorgzameburen@tezamen.example",
  },
  {
    slug: "lokale-dienstencentra",
    name: "Lokale dienstencentra (LDC's) van Mechelen",
    kind: "LOCAL_SERVICE_CENTRE",
    description:
      "De lokale dienstencentra zijn open huizen in de wijken. Je kan er binnenlopen voor een koffie, een maaltijd, een activiteit of een vraag. Ze bellen ook mensen op voor een babbel en gaan mee wandelen.",
  },
  {
    slug: "ldc-de-schijf",
    name: "Wijk- en dienstencentrum De Schijf",
    kind: "LOCAL_SERVICE_CENTRE",
    description:
      "Lokaal dienstencentrum in Mechelen-Noord. Hier vind je de ontmoetingsplek De Draaischijf, Ruil een boek, maaltijden en activiteiten. Ook het Sociaal Huis en het jeugdwerk hebben hier een plek.",
    address: "Oud-Oefenplein, 2800 Mechelen",
  },
  {
    slug: "ldc-den-abeel",
    name: "Lokaal dienstencentrum Den Abeel",
    kind: "LOCAL_SERVICE_CENTRE",
    description:
      "Lokaal dienstencentrum en wijkcentrum in de wijk Tervuursesteenweg. Jong en oud is welkom voor een koffie, een activiteit, een wandeling of een vraag.",
    address: "Jozef Verbertstraat, 2800 Mechelen",
  },
  {
    slug: "sociaal-huis",
    name: "Het Sociaal Huis (OCMW Mechelen)",
    kind: "CITY_SERVICE",
    description:
      "De sociale dienst van de stad. Zorgcoaches gaan op huisbezoek bij wie het moeilijk heeft en zoeken samen met jou naar de juiste hulp. Je kan er ook terecht met vragen over geld, wonen of zorg.",
    email: "sociaalhuis@tezamen.example",
    website: "https://www.mechelen.be",
  },
  {
    slug: "ouderenraad",
    name: "Mechelse Ouderenraad",
    kind: "OTHER",
    description:
      "De adviesraad van en voor senioren in Mechelen. Het team Vereenzaming van de Ouderenraad werkt aan een aanbod om vereenzaming bij ouderen tegen te gaan, samen met de buurten.",
    email: "ouderenraad@tezamen.example",
  },
  {
    slug: "tele-onthaal",
    name: "Tele-Onthaal",
    kind: "NONPROFIT",
    description:
      "Je kan dag en nacht bellen of chatten met een getrainde vrijwilliger. Anoniem en gratis. Over alles wat je bezighoudt.",
    phone: "106",
    website: "https://www.tele-onthaal.be",
  },
  {
    slug: "politie-wijkagenten",
    name: "Politiezone Mechelen-Willebroek: wijkagenten",
    kind: "POLICE",
    description:
      "Je wijkagent kent je buurt en is een aanspreekpunt voor de bewoners. Merkt een wijkagent dat iemand er alleen voor staat, dan geeft hij of zij dat, met toestemming, door aan Hulp voor je buur-t. Bij nood bel je 112, voor de politie zonder spoed 101.",
    phone: "101",
  },
  {
    slug: "de-keeting",
    name: "De Keeting vzw",
    kind: "NONPROFIT",
    description:
      "Een vereniging waar mensen in armoede het woord nemen. In de ontmoetingsruimte kan je terecht voor een koffie, een maaltijd, de was, internet en een goede babbel.",
    website: "https://www.dekeeting.be",
    address: "Kroonstraat, 2800 Mechelen",
  },
  {
    slug: "de-lage-drempel",
    name: "De Lage Drempel vzw",
    kind: "NONPROFIT",
    description:
      "Een vereniging waar mensen in armoede het woord nemen. In de open ontmoetingsruimte komen mensen met en zonder armoede-ervaring samen. Er zijn ook veel activiteiten.",
    website: "https://www.delagedrempel.be",
  },
  {
    slug: "het-koraalhuis",
    name: "Het Koraalhuis",
    kind: "NONPROFIT",
    description:
      "Een inloophuis in de binnenstad, een initiatief van de Mechelse parochies. Iedereen is welkom voor een tas koffie, soep, een gesprek of even rust.",
    address: "Fonteinstraatje, 2800 Mechelen",
  },
  {
    slug: "bibliotheek",
    name: "Stadsbibliotheek Mechelen (Het Predikheren)",
    kind: "CITY_SERVICE",
    description:
      "De bibliotheek in Het Predikheren, met Bibpunten in de dorpshuizen. Je kan er lezen, computers gebruiken, hulp krijgen bij digitale vragen en Nederlands oefenen.",
    email: "bibliotheek@tezamen.example",
    address: "Het Predikheren, 2800 Mechelen",
  },
  {
    slug: "sociale-preventie",
    name: "Stad Mechelen: Sociale Preventie (OverKop)",
    kind: "CITY_SERVICE",
    description:
      "De dienst Sociale Preventie zet in op het welzijn van jongeren, onder meer met het project OverKop: een plek waar jongeren terechtkunnen voor een babbel, een activiteit of hulp.",
    email: "overkop@tezamen.example",
    website: "https://www.overkop.be",
  },
  {
    slug: "caw-jac",
    name: "JAC (jongerenwerking van het CAW)",
    kind: "NONPROFIT",
    description:
      "Het JAC is er voor jongeren van 12 tot 25 jaar. Je kan er praten over alles wat je bezighoudt: thuis, school, liefde, geld of je goed voelen. Gratis, en anoniem als je dat wil.",
    website: "https://www.caw.be",
  },
  {
    slug: "samana",
    name: "Samana",
    kind: "NONPROFIT",
    description:
      "Vereniging voor mensen met een chronische ziekte, hun mantelzorgers en vrijwilligers. Samana heeft ook een eigen aanbod tegen vereenzaming, zoals huisbezoeken door vrijwilligers.",
    website: "https://www.samana.be",
  },
];
