import type { OfferSeed } from "./types";

// The catalogue of local offers (/aanbod). Written from the seed documents
// (shared/seeds): the offers named in the council answer (000), the ideas of
// the VVDB note (002) and the VVSG publication (003). Opening hours and places
// are plausible demo values: the page tells readers to check before they go.
export const offers: OfferSeed[] = [
  {
    slug: "de-draaischijf",
    title: "De Draaischijf: binnenlopen voor koffie en een babbel",
    summary:
      "Een open ontmoetingsplek in De Schijf in Mechelen-Noord. Je loopt binnen, drinkt een koffie en praat met wie er is.",
    body: `
## Wat is het?

De Draaischijf is de ontmoetingsplek van wijk- en dienstencentrum De Schijf. Je hoeft niets te kunnen of te doen. Je komt binnen, je neemt een tas koffie en je zit mee aan tafel.

Op elke openingsdag komen er 10 tot 20 mensen langs. Sommigen blijven vijf minuten, anderen een hele namiddag. Ook een korte babbel telt.

## Voor wie?

Voor iedereen uit de buurt en daarbuiten. Je mag alleen komen. De medewerkers en vrijwilligers heten je welkom en stellen je graag aan iemand voor.

## Hoe ga je?

- Loop binnen tijdens de openingsuren. Je hoeft niet in te schrijven.
- Het gebouw is toegankelijk met een rolstoel.
- Liever eerst samen met iemand gaan? Vraag het via [Hulp nodig?](/hulp-nodig). Een zorgzame buur kan de eerste keer met je meegaan.

## Wat kost het?

Binnenlopen is gratis. Koffie of thee kost een kleine prijs.
`.trim(),
    kind: "MEETING_PLACE",
    targetGroups: ["EVERYONE", "SENIORS"],
    neighbourhoodSlug: "mechelen-noord",
    organisationSlug: "ldc-de-schijf",
    address: "Wijk- en dienstencentrum De Schijf, Oud-Oefenplein, 2800 Mechelen",
    schedule: "Maandag tot vrijdag, van 13.30 tot 16.30 uur",
    cost: "Gratis binnenlopen. Koffie of thee aan een kleine prijs.",
  },
  {
    slug: "ruil-een-boek",
    title: "Ruil een boek in De Schijf",
    summary:
      "Breng een boek mee en neem een ander boek mee naar huis. Zo kom je ook met andere lezers aan de praat.",
    body: `
## Wat is het?

In De Schijf staat een boekenkast waar je boeken kan ruilen. Je brengt een boek dat je uit hebt. Je kiest een ander boek om mee te nemen. Heb je geen boek om te ruilen? Neem er dan gewoon een mee.

Rond de kast ontstaan vaak gesprekken. Wat heb jij graag gelezen? Wat raad je aan? Zo leer je andere mensen uit de buurt kennen.

## Voor wie?

Voor iedereen die graag leest of kijkt naar strips, tijdschriften en kookboeken. Er zijn ook boeken in grote letters en boeken in andere talen.

## Hoe ga je?

Kom langs tijdens de openingsuren van De Schijf. Je hoeft niet lid te zijn. Combineer het gerust met een koffie in [De Draaischijf](/aanbod/de-draaischijf).

## Wat kost het?

Niets. Ruilen is gratis.
`.trim(),
    kind: "ACTIVITY",
    targetGroups: ["EVERYONE"],
    neighbourhoodSlug: "mechelen-noord",
    organisationSlug: "ldc-de-schijf",
    address: "Wijk- en dienstencentrum De Schijf, Oud-Oefenplein, 2800 Mechelen",
    schedule: "Tijdens de openingsuren van De Schijf",
    cost: "Gratis",
  },
  {
    slug: "de-keeting",
    title: "De Keeting: ontmoeten, eten en samen sterker staan",
    summary:
      "Een warme ontmoetingsruimte waar je terechtkunt voor een koffie, een maaltijd, de was of een goede babbel.",
    body: `
## Wat is het?

De Keeting is een vereniging waar mensen in armoede het woord nemen. Het hart van De Keeting is de ontmoetingsruimte. Daar drink je een koffie, eet je mee en praat je met andere bezoekers of met een sociaal werker.

Je kan er ook:

- een maaltijd eten voor een kleine prijs;
- je was doen en je opfrissen;
- een computer en internet gebruiken;
- kleren halen in de kledinghoek;
- een kapot toestel of je fiets laten herstellen in het Repair Café.

## Voor wie?

Voor iedereen, ook voor gezinnen met kinderen. Er is een speelhoek. Wie wil, kan na een tijd zelf meehelpen in een werkgroep, bijvoorbeeld in de kookploeg.

## Hoe ga je?

Loop binnen tijdens de openingsuren. Voor de warme maaltijd schrijf je vooraf in. Vraag het aan het onthaal.

## Wat kost het?

Binnenlopen is gratis. Een maaltijd of een wasbeurt kost een kleine bijdrage.
`.trim(),
    kind: "MEETING_PLACE",
    targetGroups: ["EVERYONE", "FAMILIES"],
    neighbourhoodSlug: null,
    organisationSlug: "de-keeting",
    address: "Kroonstraat, 2800 Mechelen",
    website: "https://www.dekeeting.be",
    schedule: "Op weekdagen in de voormiddag en vroege namiddag. Vraag de juiste uren aan het onthaal.",
    cost: "Gratis binnenlopen. Maaltijd en was aan een kleine prijs.",
  },
  {
    slug: "de-lage-drempel",
    title: "De Lage Drempel: elke dag een open deur",
    summary:
      "Een open ontmoetingsruimte met koffie, een stadstuin en veel samen-activiteiten, van koken tot zingen in een koor.",
    body: `
## Wat is het?

De Lage Drempel is een vereniging waar mensen in armoede het woord nemen. Mensen met en zonder armoede-ervaring komen hier samen. Iedereen is gelijk.

In de ontmoetingsruimte ben je altijd welkom voor een tas koffie, een koekje en een babbel. Je vindt er ook informatie en je kan er de computer en het internet gebruiken.

## Wat kan je samen doen?

- koken en samen eten;
- werken in de stadstuin;
- zingen in het koor;
- computerles volgen;
- mee op uitstap of naar het theater;
- een infonamiddag volgen over een thema dat je aanbelangt.

## Voor wie?

Voor iedereen die zin heeft in contact. Je hoeft niets uit te leggen als je binnenkomt.

## Hoe ga je?

Kom gewoon langs. De vrijwilligers vertellen je graag wat er deze week te doen is.

## Wat kost het?

De ontmoetingsruimte is gratis. Voor sommige uitstappen vragen we een kleine bijdrage. Geld mag nooit een reden zijn om niet mee te gaan: spreek erover met een vrijwilliger.
`.trim(),
    kind: "MEETING_PLACE",
    targetGroups: ["EVERYONE", "FAMILIES"],
    neighbourhoodSlug: null,
    organisationSlug: "de-lage-drempel",
    website: "https://www.delagedrempel.be",
    schedule: "Elke weekdag open. Activiteiten volgens de kalender van de vereniging.",
    cost: "Gratis. Soms een kleine bijdrage voor een uitstap.",
  },
  {
    slug: "het-koraalhuis",
    title: "Het Koraalhuis: een warme plek om even tot rust te komen",
    summary:
      "Een inloophuis in de binnenstad. Je krijgt er gratis soep, brood en koffie, en iemand die naar je luistert.",
    body: `
## Wat is het?

Het Koraalhuis is een inloophuis in de binnenstad. Het is een initiatief van de Mechelse parochies. Maar je hoeft niet gelovig te zijn om binnen te komen. Iedereen is welkom.

Je kan hier:

- even tot rust komen;
- gratis soep, brood, koffie of thee krijgen;
- een gesprek hebben met een vrijwilliger of een pastoraal werker;
- een computer of de telefoon gebruiken;
- een douche nemen;
- Nederlands oefenen of hulp krijgen bij huiswerk.

## Voor wie?

Voor iedereen die er nood aan heeft. Ook als je de taal nog niet goed spreekt of net in Mechelen woont.

## Hoe ga je?

Loop binnen tijdens de openingsuren. Je hoeft geen afspraak te maken.

## Wat kost het?

Alles is gratis.
`.trim(),
    kind: "MEETING_PLACE",
    targetGroups: ["EVERYONE", "NEWCOMERS"],
    neighbourhoodSlug: "binnenstad",
    organisationSlug: "het-koraalhuis",
    address: "Fonteinstraatje, 2800 Mechelen",
    schedule: "Maandag tot donderdag van 9 tot 12 uur. Op woensdag ook van 14 tot 16 uur.",
    cost: "Gratis",
  },
  {
    slug: "babbels-via-telefoon",
    title: "Een vaste babbel via de telefoon",
    summary:
      "Een medewerker of vrijwilliger van het dienstencentrum belt je op een vast moment in de week. Gewoon om te horen hoe het gaat.",
    body: `
## Wat is het?

Soms is een telefoontje het eerste contact van de dag. De lokale dienstencentra bellen mensen op voor een babbel. Op een vast moment dat jij kiest, één of twee keer per week.

Waarover praat je? Over wat je wil. Het weer, je kleinkinderen, de voetbal, wat je vroeger deed. Een babbel is soms kort. Toch maakt hij een verschil.

## Voor wie?

Voor iedereen die graag eens een stem hoort. Bijvoorbeeld als je moeilijk buiten komt, door je gezondheid, een beperking of omdat je ver van het centrum woont.

## Hoe vraag je het aan?

- Vul het formulier [Hulp nodig?](/hulp-nodig) in en kies "een babbel of telefoontje".
- Of bel gratis naar het 0800-nummer bovenaan deze pagina.
- Je mag het ook vragen voor iemand anders, bijvoorbeeld voor je moeder of je buurvrouw.

We bellen je binnen 24 uur terug om af te spreken.

## Wat kost het?

Niets. Het is gratis.
`.trim(),
    kind: "PHONE_OR_CHAT",
    targetGroups: ["SENIORS", "PEOPLE_WITH_DISABILITY"],
    neighbourhoodSlug: null,
    organisationSlug: "lokale-dienstencentra",
    schedule: "Eén of twee keer per week, op een vast moment dat jij kiest",
    cost: "Gratis",
  },
  {
    slug: "samen-wandelen-den-abeel",
    title: "Samen wandelen vanuit Den Abeel",
    summary:
      "Elke week een rustige wandeling van een uur in de buurt, met een koffie achteraf. Je wandelt op je eigen tempo.",
    body: `
## Wat is het?

Elke dinsdag vertrekt een kleine groep vanuit dienstencentrum Den Abeel voor een wandeling in de buurt. We wandelen ongeveer een uur, op een rustig tempo. Er is altijd een begeleider mee.

Wandelen is gezond. Maar het is vooral een makkelijke manier om te praten. Naast elkaar stappen is soms makkelijker dan tegenover elkaar zitten. Na de wandeling drinken we samen een koffie in het dienstencentrum.

## Voor wie?

Voor iedereen die graag buiten komt. Veel wandelaars zijn senioren, maar jong en oud is welkom. Stap je met een rollator of moet je soms rusten? Dan kiezen we een kortere ronde met een bank onderweg.

## Hoe ga je?

Kom om 10 uur naar het onthaal van Den Abeel. Inschrijven hoeft niet. Liever alleen met één persoon wandelen? Dat kan met een zorgzame buur. Vraag het via [Hulp nodig?](/hulp-nodig).

## Wat kost het?

De wandeling is gratis. De koffie achteraf kost een kleine prijs.
`.trim(),
    kind: "ACTIVITY",
    targetGroups: ["SENIORS", "EVERYONE"],
    neighbourhoodSlug: "tervuursesteenweg",
    organisationSlug: "ldc-den-abeel",
    address: "Lokaal dienstencentrum Den Abeel, Jozef Verbertstraat, 2800 Mechelen",
    schedule: "Elke dinsdag om 10 uur, ook bij een beetje regen",
    cost: "Gratis. Koffie achteraf aan een kleine prijs.",
  },
  {
    slug: "een-zorgzame-buur-voor-jou",
    title: "Een zorgzame buur die met je meeloopt",
    summary:
      "Een buur uit je wijk die je helpt met boodschappen, je opbelt, met je gaat wandelen of aan de deur een babbel slaat.",
    body: `
## Wat is het?

Een zorgzame buur is een inwoner van Mechelen die tijd maakt voor iemand uit de buurt. Al ongeveer 250 zorgzame buren namen een vraag op.

Een zorgzame buur kan:

- boodschappen doen of mee naar de winkel gaan;
- je geregeld opbellen;
- met je gaan wandelen;
- een babbel slaan aan de deur of op de stoep;
- mee naar een activiteit gaan, zodat je niet alleen binnenkomt.

## Hoe werkt het?

1. Je vraagt het via [Hulp nodig?](/hulp-nodig) of via het gratis 0800-nummer.
2. Een medewerker van de dienst sociale cohesie belt je binnen 24 uur terug.
3. Samen bekijken jullie wat je graag zou willen.
4. We zoeken een zorgzame buur die bij je past. Iemand in je buurt, die tijd heeft op het juiste moment en als het kan jouw taal spreekt.
5. Je krijgt eerst een telefoontje om kennis te maken. Jij beslist of je verder wil.

We blijven bereikbaar. Klikt het niet? Zeg het ons, dan zoeken we verder.

## Voor wie?

Voor iedereen die wat steun kan gebruiken. Ook als je niet goed weet wat je nodig hebt.

## Wat kost het?

Niets. De zorgzame buren zijn vrijwilligers. Betaal je boodschappen gewoon zelf.
`.trim(),
    kind: "PRACTICAL_HELP",
    targetGroups: ["EVERYONE", "SENIORS", "PEOPLE_WITH_DISABILITY"],
    neighbourhoodSlug: null,
    organisationSlug: "hulp-voor-je-buurt",
    email: "hulpvoorjebuurt@tezamen.example",
    schedule: "Op een moment dat voor jou en de zorgzame buur past",
    cost: "Gratis",
  },
  {
    slug: "zorgzame-buur-worden",
    title: "Word zorgzame buur",
    summary:
      "Heb je een uur per week? Help een buur met een babbel, een wandeling of een boodschap. Je krijgt begeleiding en je kiest zelf hoeveel.",
    body: `
## Wat doe je?

Als zorgzame buur maak je tijd voor iemand in je buurt. Je belt, je wandelt mee, je doet een boodschap of je slaat een babbel aan de deur. Kleine dingen, die voor iemand anders veel betekenen.

## Wat mag je verwachten?

- **Een kennismakingsgesprek.** Elke week zijn er intakegesprekken. We praten over wat je graag doet en hoeveel tijd je hebt.
- **Een veilige start.** Voor vrijwilligerswerk met mensen in een kwetsbare situatie vragen we een uittreksel uit het strafregister (model 2).
- **Begeleiding.** Een coördinator staat je bij. Je kan altijd bellen met vragen of als je je zorgen maakt over iemand.
- **Jij kiest.** Je bepaalt zelf hoeveel mensen je helpt en wanneer. Je kan ook even pauzeren.

## Wat krijg je terug?

Veel zorgzame buren vertellen dat ze er zelf ook iets aan hebben. Ze leren nieuwe mensen kennen en voelen zich meer thuis in hun buurt. Iedereen kan helpen en iedereen kan geholpen worden.

## Hoe begin je?

Vul het formulier in op [Ik wil helpen](/ik-wil-helpen). We nemen binnen de week contact met je op.
`.trim(),
    kind: "VOLUNTEERING",
    targetGroups: ["EVERYONE"],
    neighbourhoodSlug: null,
    organisationSlug: "zorgzame-buren",
    email: "zorgzameburen@tezamen.example",
    schedule: "Wanneer het jou past. Intakegesprekken elke week.",
    cost: "Gratis. Je bent verzekerd tijdens je vrijwilligerswerk.",
  },
  {
    slug: "huis-aan-huis",
    title: "Huis-aan-Huis: we bellen aan voor een babbel",
    summary:
      "Outreachers van de stad gaan van deur tot deur. Ze vragen hoe het met je gaat en vertellen wat er in je buurt te doen is.",
    body: `
## Wat is het?

De outreachers van de stad maken elke week hun ronde Huis-aan-Huis. Ze bellen aan, stellen zich voor en vragen hoe het met je gaat. Ze bezoeken ongeveer 8 huizen per dag en zo'n 40 per week.

Ze komen niet om te controleren. Ze komen om te luisteren. Heb je een vraag of een zorg? Dan zoeken ze samen met jou wie je verder kan helpen. Ze kennen het aanbod in je buurt en nemen folders mee.

## Hoe herken je hen?

Een outreacher draagt altijd een badge van de stad met naam en foto. Twijfel je? Vraag de badge te zien, of bel het gratis 0800-nummer om te controleren. Je hoeft niemand binnen te laten. Een babbel aan de deur is ook goed.

## Zelf een bezoek vragen?

Dat kan. Ook voor iemand anders, bijvoorbeeld een buur die je al lang niet meer zag. Vraag het via [Hulp nodig?](/hulp-nodig) en kies "een bezoek of een wandeling".

## Wat kost het?

Niets.
`.trim(),
    kind: "VISITS",
    targetGroups: ["EVERYONE", "SENIORS"],
    neighbourhoodSlug: null,
    organisationSlug: "hulp-voor-je-buurt",
    schedule: "Elke werkdag, overdag, in een andere buurt",
    cost: "Gratis",
  },
  {
    slug: "zorgcoach-aan-huis",
    title: "Een zorgcoach komt bij je thuis",
    summary:
      "Loopt het thuis moeilijk door ziekte, ouderdom of zorgen? Een zorgcoach van het Sociaal Huis komt langs en zoekt samen met jou naar de juiste hulp.",
    body: `
## Wat is het?

Zorgcoaches van het Sociaal Huis gaan op huisbezoek bij mensen die het moeilijk hebben. Ze nemen de tijd. Ze luisteren naar je verhaal en kijken samen met jou wat je nodig hebt.

Een zorgcoach kan je helpen met:

- zorg en hulp aan huis regelen;
- een aanvraag invullen, bijvoorbeeld voor een premie;
- de weg vinden naar een dienst, zoals de sociale dienst of het CAW;
- een activiteit of een zorgzame buur in je buurt vinden.

## Voor wie?

Voor wie thuis woont en het moeilijk heeft. Bijvoorbeeld door ouderdom, een ziekte of een beperking. Ook mantelzorgers kunnen een zorgcoach vragen: wie voor een ander zorgt, mag ook zelf hulp krijgen.

## Hoe vraag je het aan?

Vraag het via [Hulp nodig?](/hulp-nodig) en kies "praten met een hulpverlener". Of bel gratis het 0800-nummer bovenaan de pagina. Ook je huisarts of wijkagent kan het voor je vragen, als jij dat goed vindt.

## Wat kost het?

Een gesprek en een huisbezoek zijn gratis.
`.trim(),
    kind: "PROFESSIONAL_SUPPORT",
    targetGroups: ["SENIORS", "CARERS", "PEOPLE_WITH_DISABILITY"],
    neighbourhoodSlug: null,
    organisationSlug: "sociaal-huis",
    email: "sociaalhuis@tezamen.example",
    schedule: "Op afspraak, bij jou thuis",
    cost: "Gratis",
  },
  {
    slug: "digitale-hulp-bib",
    title: "Digitaal spreekuur in de bib",
    summary:
      "Leer videobellen met je kleinkinderen, berichten sturen of je smartphone instellen. Een vrijwilliger helpt je stap voor stap.",
    body: `
## Wat is het?

Veel contact loopt vandaag via een scherm. Een berichtje sturen, videobellen, een foto doorsturen. Dat is niet voor iedereen vanzelfsprekend. In het digitaal spreekuur van de bibliotheek helpt een vrijwilliger je op weg.

Je kan er terecht met vragen zoals:

- Hoe bel ik met beeld naar mijn familie?
- Hoe stuur ik een bericht of een foto?
- Hoe maak ik mijn smartphone of tablet eenvoudiger?
- Hoe herken ik een valse e-mail of sms?

## Voor wie?

Voor iedereen die wil leren. Je hoeft niets te kennen. Er is geen domme vraag. Ook nieuwe Mechelaars zijn welkom, bijvoorbeeld om de apps van de stad te leren gebruiken.

## Hoe ga je?

- Kom langs tijdens het spreekuur. Neem je eigen toestel en de oplader mee.
- Heb je geen toestel? De bib heeft computers die je mag gebruiken.
- Woon je in een deelgemeente? Vraag in het Bibpunt van je dorpshuis of er een spreekuur in de buurt is.

## Wat kost het?

Gratis. Je hoeft geen lid te zijn van de bib.
`.trim(),
    kind: "DIGITAL_HELP",
    targetGroups: ["SENIORS", "NEWCOMERS", "EVERYONE"],
    neighbourhoodSlug: "binnenstad",
    organisationSlug: "bibliotheek",
    address: "Stadsbibliotheek, Het Predikheren, 2800 Mechelen",
    email: "bibliotheek@tezamen.example",
    schedule: "Elke woensdag van 14 tot 16 uur, zonder afspraak",
    cost: "Gratis",
  },
  {
    slug: "taalcafe",
    title: "Taalcafé: Nederlands oefenen aan tafel",
    summary:
      "Oefen je Nederlands in een ontspannen gesprek met vrijwilligers en andere Mechelaars. Elke week, zonder examen.",
    body: `
## Wat is het?

In het taalcafé praat je Nederlands met anderen, in kleine groepjes aan tafel. Een vrijwilliger begeleidt het gesprek. Elke week is er een ander thema, zoals de markt, het weer, werk of feesten.

Je leert de taal. Maar je leert vooral mensen kennen. Veel deelnemers spreken ook buiten het taalcafé met elkaar af.

## Voor wie?

Voor iedereen die Nederlands leert en wil oefenen. Je hoeft de taal nog niet goed te spreken. Fouten maken mag. Wil je graag vrijwilliger worden aan een tafel? Dan ben je ook welkom.

## Hoe ga je?

Kom gewoon langs. Inschrijven hoeft niet. Wil je eerst meer weten? Stuur een e-mail naar de bibliotheek.

## Wat kost het?

Gratis. Koffie en thee staan klaar.
`.trim(),
    kind: "ACTIVITY",
    targetGroups: ["NEWCOMERS"],
    neighbourhoodSlug: "binnenstad",
    organisationSlug: "bibliotheek",
    address: "Stadsbibliotheek, Het Predikheren, 2800 Mechelen",
    email: "bibliotheek@tezamen.example",
    schedule: "Elke donderdag van 18.30 tot 20 uur, behalve in de schoolvakanties",
    cost: "Gratis",
  },
  {
    slug: "tele-onthaal-106",
    title: "Tele-Onthaal: bel of chat met 106, dag en nacht",
    summary:
      "Wil je nu met iemand praten? Bel gratis 106 of chat via de website van Tele-Onthaal. Anoniem, dag en nacht.",
    body: `
## Wat is het?

Bij Tele-Onthaal kan je altijd terecht voor een gesprek. Een getrainde vrijwilliger luistert naar je. Je hoeft je naam niet te zeggen. Je kan bellen of chatten.

Je mag bellen over alles wat je bezighoudt. Je voelt je alleen. Je piekert. Je hebt ruzie gehad. Of je wil gewoon je verhaal kwijt.

## Voor wie?

Voor iedereen, jong en oud. Tijdens de coronatijd merkte Tele-Onthaal dat veel meer jongeren zich eenzaam voelden. Ook zij zijn welkom.

## Hoe doe je het?

- Bel [106](tel:106). Dat is gratis.
- Of chat via [www.tele-onthaal.be](https://www.tele-onthaal.be).

Denk je aan zelfdoding? Bel dan de Zelfmoordlijn op [1813](tel:1813). Is er gevaar? Bel [112](tel:112).

## Wat kost het?

Niets. Bellen naar 106 is gratis. Je blijft anoniem.
`.trim(),
    kind: "PHONE_OR_CHAT",
    targetGroups: ["EVERYONE", "YOUTH"],
    neighbourhoodSlug: null,
    organisationSlug: "tele-onthaal",
    phone: "106",
    website: "https://www.tele-onthaal.be",
    schedule: "Dag en nacht, elke dag",
    cost: "Gratis en anoniem",
  },
  {
    slug: "overkop-jongeren",
    title: "OverKop: een plek voor jongeren om te chillen en te praten",
    summary:
      "Ben je tussen 12 en 25 jaar? Kom langs om te chillen, mee te doen of met iemand te praten. Zonder afspraak en zonder etiket.",
    body: `
## Wat is het?

OverKop is een plek voor jongeren. Je kan er gewoon binnenlopen. Je hangt wat rond, speelt een spel of doet mee aan een activiteit. Er zijn ook begeleiders met wie je kan praten.

Zit je ergens mee? Voel je je alleen, ook al ben je vaak tussen mensen? Dan kan je dat daar kwijt. Niemand plakt een etiket op je. Heb je meer hulp nodig? Dan zoekt een begeleider samen met jou wat past.

## Voor wie?

Voor jongeren tussen 12 en 25 jaar. Je mag alleen komen of met een vriend.

## Hoe ga je?

Kijk op [www.overkop.be](https://www.overkop.be) waar en wanneer je in Mechelen terechtkunt. Je hoeft geen afspraak te maken.

Liever eerst anoniem chatten? Dat kan bij het [JAC](/aanbod/jac-praat-erover) of bij [Tele-Onthaal](/aanbod/tele-onthaal-106).

## Wat kost het?

Niets. Het is gratis.
`.trim(),
    kind: "MEETING_PLACE",
    targetGroups: ["YOUTH"],
    neighbourhoodSlug: null,
    organisationSlug: "sociale-preventie",
    website: "https://www.overkop.be",
    schedule: "Op vaste dagen in de namiddag en vroege avond, zie de website",
    cost: "Gratis",
  },
  {
    slug: "jac-praat-erover",
    title: "JAC: praat met een hulpverlener, gratis en anoniem",
    summary:
      "Voor jongeren van 12 tot 25 jaar. Chat, bel of kom langs bij het JAC als je ergens mee zit. Ook als je niet weet waar te beginnen.",
    body: `
## Wat is het?

Het JAC is de jongerenwerking van het CAW. Je kan er praten met een hulpverlener over alles wat je bezighoudt. Over thuis, school, liefde, geld, wonen of hoe je je voelt.

Je eenzaam voelen kan op elke leeftijd. Ook als je jong bent. Bijvoorbeeld als je op kot gaat, verhuist, van school verandert of als een vriendschap stopt. Praten helpt om te zien wat je nodig hebt.

## Voor wie?

Voor jongeren van 12 tot 25 jaar. Je mag ook komen als je je zorgen maakt over een vriend.

## Hoe doe je het?

- Chat via [www.caw.be](https://www.caw.be).
- Of bel of loop binnen bij het JAC. De uren staan op de website.

Je hoeft je naam niet te geven als je dat niet wil.

## Wat kost het?

Niets. Het is gratis.
`.trim(),
    kind: "PROFESSIONAL_SUPPORT",
    targetGroups: ["YOUTH"],
    neighbourhoodSlug: null,
    organisationSlug: "caw-jac",
    website: "https://www.caw.be",
    schedule: "Chat en onthaal op weekdagen, zie de website",
    cost: "Gratis, anoniem als je wil",
  },
  {
    slug: "mantelzorgcafe-leest",
    title: "Mantelzorgcafé: even op adem komen",
    summary:
      "Zorg je voor je partner, je ouder of je kind? Kom een namiddag praten met andere mantelzorgers, bij koffie en taart.",
    body: `
## Wat is het?

Zorgen voor iemand die je graag ziet, doe je met je hart. Maar het kan zwaar zijn. Je hebt minder tijd voor vrienden en voor jezelf. Veel mantelzorgers voelen zich daardoor alleen.

In het mantelzorgcafé ontmoet je andere mantelzorgers. Je deelt ervaringen en tips. Of je luistert gewoon. Soms komt er iemand vertellen over een thema, zoals hulp aan huis of even vervanging vinden.

## Voor wie?

Voor iedereen die zorgt voor een partner, ouder, kind, buur of vriend. Ook als je jezelf nooit "mantelzorger" noemt.

## Hoe ga je?

Kom langs in het dorpshuis van Leest. Kan je niet weg omdat je iemand niet alleen kan laten? Vraag het ons via [Hulp nodig?](/hulp-nodig). Dan zoeken we samen naar een oplossing.

## Wat kost het?

Gratis. Koffie en taart zijn van het huis.
`.trim(),
    kind: "ACTIVITY",
    targetGroups: ["CARERS"],
    neighbourhoodSlug: "leest",
    organisationSlug: "samana",
    address: "Dorpshuis Leest, 2811 Leest",
    schedule: "Elke eerste donderdag van de maand, van 14 tot 16 uur",
    cost: "Gratis",
  },
  {
    slug: "samana-bezoek-aan-huis",
    title: "Een vaste bezoeker van Samana",
    summary:
      "Kom je moeilijk buiten door een ziekte of een beperking? Een vrijwilliger van Samana komt geregeld bij je op bezoek.",
    body: `
## Wat is het?

Vrijwilligers van Samana gaan op bezoek bij mensen die door een langdurige ziekte of een beperking weinig buiten komen. Ze komen geregeld langs, bijvoorbeeld om de twee weken. Ze drinken een koffie met je, spelen een spelletje of gaan mee een eindje wandelen.

Een bezoeker is geen hulpverlener. Het is iemand die tijd voor je maakt en met wie je een band opbouwt.

## Voor wie?

Voor mensen met een chronische ziekte of een beperking, en voor hun mantelzorgers. Je hoeft geen lid te zijn om een eerste gesprek te vragen.

## Hoe vraag je het aan?

Neem contact op met Samana via [www.samana.be](https://www.samana.be). Of vraag het via [Hulp nodig?](/hulp-nodig): wij brengen je in contact.

## Wat kost het?

Een bezoek is gratis.
`.trim(),
    kind: "VISITS",
    targetGroups: ["PEOPLE_WITH_DISABILITY", "SENIORS", "CARERS"],
    neighbourhoodSlug: null,
    organisationSlug: "samana",
    website: "https://www.samana.be",
    schedule: "Op afspraak, bij jou thuis",
    cost: "Gratis",
  },
  {
    slug: "koffiebabbel-ouderenraad-muizen",
    title: "Koffiebabbel van de Ouderenraad in Muizen",
    summary:
      "Elke maand een gezellige namiddag met koffie en een babbel in het dorpshuis van Muizen. Georganiseerd door senioren, voor iedereen.",
    body: `
## Wat is het?

Het team Vereenzaming van de Mechelse Ouderenraad werkt rond het thema "Buurten en vereenzaming". Eén van hun ideeën: een vaste koffiebabbel in de dorpen. Elke maand zitten buren samen aan tafel. Soms is er een gezelschapsspel of een korte uitleg over iets wat je aanbelangt.

De koffiebabbel wordt gemaakt door senioren zelf. Ze weten hoe moeilijk het is om voor de eerste keer ergens binnen te stappen. Daarom staat er altijd iemand aan de deur om je te verwelkomen.

## Voor wie?

Voor senioren uit Muizen en de buurt. Jongere buren zijn ook welkom.

## Hoe ga je?

Kom langs in het dorpshuis. Je hoeft niet in te schrijven. Moeilijk te voet? Laat het ons weten via [Hulp nodig?](/hulp-nodig). Misschien kan een buur je oppikken.

## Wat kost het?

Gratis. Een vrije bijdrage voor de koffie mag.
`.trim(),
    kind: "ACTIVITY",
    targetGroups: ["SENIORS"],
    neighbourhoodSlug: "muizen",
    organisationSlug: "ouderenraad",
    address: "Dorpshuis Muizen, 2812 Muizen",
    email: "ouderenraad@tezamen.example",
    schedule: "Elke derde woensdag van de maand, van 14 tot 16.30 uur",
    cost: "Gratis, vrije bijdrage voor de koffie",
  },
  {
    slug: "bibpunt-heffen",
    title: "Bibpunt en boekenruil in Heffen",
    summary:
      "Haal je bibboeken af in je eigen dorp en maak een praatje met de vrijwilligers. Met een boekenruilkast voor wie wil.",
    body: `
## Wat is het?

Woon je in Heffen? Dan hoef je niet naar de stad voor je bibboeken. Je bestelt je boeken online of via de telefoon. Je haalt ze af in het Bibpunt in zaal De Kettinghe.

Het Bibpunt wordt gedragen door vrijwilligers uit het dorp. Zij kennen de buurt en nemen graag de tijd voor een babbel. Er staat ook een boekenruilkast.

## Voor wie?

Voor iedereen uit Heffen en omgeving. Ook als je moeilijk tot in de binnenstad geraakt.

## Hoe ga je?

- Bestel je boeken via de website van de bib, of vraag hulp bij de vrijwilligers.
- Kom ze halen op woensdag.
- Geen internet? De vrijwilligers bestellen graag samen met jou.

## Wat kost het?

Afhalen in het Bibpunt is gratis. Voor het lenen betaal je wat je ook in de bib betaalt.
`.trim(),
    kind: "ACTIVITY",
    targetGroups: ["EVERYONE", "SENIORS"],
    neighbourhoodSlug: "heffen",
    organisationSlug: "bibliotheek",
    address: "Zaal De Kettinghe, 2801 Heffen",
    schedule: "Elke woensdag",
    cost: "Afhalen gratis; lenen aan het gewone tarief van de bib",
  },
  {
    slug: "it-takes-a-village",
    title: "It Takes A Village: steun voor jonge gezinnen",
    summary:
      "Ben je net ouder geworden en sta je er vaak alleen voor? Een gezinsbegeleider helpt je op weg en brengt je in contact met andere ouders.",
    body: `
## Wat is het?

"Om een kind op te voeden heb je een heel dorp nodig." Dat is het idee achter It Takes A Village To Raise A Child. Een gezinsbegeleider van de stad komt bij je langs, in kleine groepjes of alleen met jouw gezin.

Je kan praten over wat je bezighoudt: slapen, eten, spelen, geld, of je moe en alleen voelen. De begeleider zoekt samen met jou naar hulp en brengt je in contact met andere ouders uit je buurt.

## Voor wie?

Voor (aanstaande) ouders met een jong kind. Vooral als je weinig familie of vrienden in de buurt hebt, of net in Mechelen bent komen wonen.

## Hoe vraag je het aan?

Vraag het via [Hulp nodig?](/hulp-nodig) en vertel kort dat het om je gezin gaat. We bellen je binnen 24 uur terug.

## Wat kost het?

Niets. De begeleiding is gratis.
`.trim(),
    kind: "PROFESSIONAL_SUPPORT",
    targetGroups: ["FAMILIES", "NEWCOMERS"],
    neighbourhoodSlug: null,
    organisationSlug: "hulp-voor-je-buurt",
    schedule: "Op afspraak, bij je thuis of in een klein groepje",
    cost: "Gratis",
  },
];
