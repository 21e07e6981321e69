import type { ActionLineSeed, PageSeed } from "./types";

// The action plan "Tezamen tegen vereenzamen": exactly the three lines of
// action and nine actions of the council answer (seed 000), numbered as there,
// explained in plain words. The 24-hour promise comes from seed 001.

export const actionPlanIntro: PageSeed = {
  slug: "actieplan",
  title: "Het actieplan Tezamen tegen vereenzamen",
  summary:
    "Hoe de stad Mechelen samen met inwoners en partners werkt aan verbinding: 3 krachtlijnen, 9 acties en één belofte: we bellen je binnen 24 uur terug.",
  body: `
## Waarom een actieplan?

Iedereen voelt zich weleens alleen. Jong of oud, in de stad of in een dorp. Meestal gaat dat gevoel voorbij. Maar soms blijft het hangen. Dan is het goed dat er iemand is.

Eenzaamheid is niet ontstaan door corona. Het verdwijnt ook niet nu corona voorbij is. Daarom werkt de stad er blijvend aan, met het actieplan "Tezamen tegen vereenzamen". Elk van ons kan een steentje bijdragen. Daarom: tezamen tegen vereenzamen!

## Wat staat er in het plan?

Het plan heeft drie krachtlijnen en negen acties:

1. **Informatie bundelen en bewust maken.** Zoals deze website, campagnes, getuigenissen en een overzicht van het aanbod.
2. **Delen en leren van elkaar en van anderen.** We leren van mensen met ervaring, houden het thema op de agenda en trainen medewerkers.
3. **Inzetten op een positief verhaal.** We brengen mensen samen en hebben aandacht voor geluk en veerkracht.

Hieronder lees je per actie wat de stad doet.

## Onze belofte: binnen 24 uur een mens aan de lijn

Het stadsbestuur beloofde een meldpunt waar iemand binnen 24 uur reageert als je je zorgen maakt over jezelf of over een ander. Met extra aandacht voor jongeren.

Dat meldpunt is Hulp voor je buur-t. Wie om hulp vraagt, krijgt binnen 24 uur een telefoontje van een medewerker. Geen vraag gaat verloren.

## Hoe komt een vraag bij ons binnen?

Er zijn veel wegen. Ze komen allemaal samen bij de dienst sociale cohesie:

- via het **gratis 0800-nummer** (bovenaan elke pagina);
- via de knop **[Hulp nodig?](/hulp-nodig)** op deze website;
- via de **lokale dienstencentra (LDC's)**;
- via de **wijkagenten**, die hun buurt goed kennen;
- via de **outreachers van Huis-aan-Huis**, die aanbellen voor een babbel;
- via de **zorgcoaches**, die op huisbezoek gaan bij wie het moeilijk heeft;
- via andere partners in de stad.

## Wat gebeurt er dan?

1. Een medewerker belt je binnen 24 uur terug.
2. Samen bekijken jullie wat je nodig hebt. Een babbel? Hulp bij boodschappen? Mensen ontmoeten? Praten met een hulpverlener?
3. De M-bassadeurs en het ID-team zorgen dat je vraag bij de juiste dienst komt.
4. Past het? Dan koppelt de dienst sociale cohesie je aan een **zorgzame buur** uit je buurt. Of we brengen je in contact met een organisatie uit het [aanbod](/aanbod).
5. We bellen later nog eens om te horen hoe het gaat.

## Samen met partners

De stad doet dit niet alleen. We werken samen met de lokale dienstencentra, de Ouderenraad, de wijkagenten, het Sociaal Huis en het CAW. En met ontmoetingsplaatsen zoals De Keeting, De Lage Drempel en Het Koraalhuis. Honderden inwoners helpen mee als zorgzame buur.

## Meten wat we doen

Vroeger werd veel hulp niet geregistreerd. Dat zou te veel papierwerk vragen. Daardoor waren de cijfers vaak een schatting. Nu houden we bij hoeveel vragen er binnenkomen en hoe snel we terugbellen. Dat gebeurt tijdens het gewone werk, zonder extra papierwerk. De cijfers voor de gemeenteraad zijn altijd anoniem.
`.trim(),
};

export const actionLines: ActionLineSeed[] = [
  {
    number: 1,
    title: "Informatie bundelen en bewust maken",
    summary:
      "De directe aanpak: alle informatie op één plek, campagnes, getuigenissen die het taboe doorbreken en een overzicht van het aanbod.",
    body: `
Wie zich alleen voelt of zich zorgen maakt over iemand, moet snel de weg vinden. Daarom brengen we alle informatie samen. En we praten er openlijk over, zodat niemand zich hoeft te schamen.
`.trim(),
    actions: [
      {
        number: 1,
        title: "Website: alle informatie op één plek",
        summary:
          'Een website waar je alles vindt over eenzaamheid en verbinding in Mechelen, met de knop "Hulp nodig?" op elke pagina.',
        body: `
## Wat doet de stad?

De eerste pagina's over eenzaamheid staan online sinds 21 december 2020. Met deze website gaan we een stap verder:

- je leest in eenvoudige taal [wat eenzaamheid is](/over-eenzaamheid);
- je vindt het [aanbod](/aanbod) in je buurt;
- op elke pagina staan de knop "Hulp nodig?" en het gratis 0800-nummer.

We houden de website up-to-date. We tellen hoeveel mensen de pagina's bekijken, zonder cookies en zonder je te volgen. Zo weten we of de informatie de mensen bereikt.
`.trim(),
        status: "DONE",
      },
      {
        number: 2,
        title: "Campagnes: zorg voor elkaar en voor jezelf",
        summary:
          "Campagnes die iedereen bewust maken: kleine gebaren voor een ander, en ook zorg voor jezelf.",
        body: `
## Wat doet de stad?

Met de campagne "Zorg voor elkaar en voor jezelf" vragen we aandacht voor kleine gebaren. Een groet, een telefoontje, een boodschap voor je buur. En we zeggen: het is oké om zelf hulp te vragen.

We voeren campagnes samen met partners, in de wijken en de dorpen. We hebben ook aandacht voor jongeren. Bekijk de [campagnes](/campagnes).
`.trim(),
        status: "ONGOING",
      },
      {
        number: 3,
        title: "Getuigen: verhalen die het taboe doorbreken",
        summary:
          "Mensen vertellen hoe zij zich alleen voelden en wat hielp. Zo voel je dat je niet de enige bent.",
        body: `
## Wat doet de stad?

Praten over eenzaamheid is moeilijk. Verhalen helpen. Daarom spreken we met mensen die zich alleen voelden, of die iemand hielpen. Met hun toestemming delen we hun verhaal.

Bij de start stonden er 3 getuigenissen online. Ondertussen spraken we met meer mensen, en er komt geregeld een getuige bij. Lees de [getuigenissen](/getuigenissen).
`.trim(),
        status: "ONGOING",
      },
      {
        number: 4,
        title: "Aanbod: tonen en ondersteunen wat er al is",
        summary:
          "Een overzicht van alle plekken, activiteiten en hulp in Mechelen, en steun voor de organisaties die het aanbieden.",
        body: `
## Wat doet de stad?

Er is al veel in Mechelen. Lokale dienstencentra, ontmoetingsplaatsen zoals De Keeting, De Lage Drempel en Het Koraalhuis, telefoonbabbels, wandelingen, zorgzame buren. Maar niet iedereen weet dat.

Daarom zetten we het aanbod samen op één plek. Je kan zoeken per wijk, per soort hulp en voor wie het is. We ondersteunen ook de organisaties, zodat ze hun werk kunnen blijven doen. Bekijk het [aanbod](/aanbod).
`.trim(),
        status: "ONGOING",
      },
    ],
  },
  {
    number: 2,
    title: "Delen en leren van elkaar en van anderen",
    summary:
      "Netwerken: we leren van mensen met ervaring, houden het thema op de agenda en trainen wie met mensen werkt.",
    body: `
Eenzaamheid is complex. Er is geen oplossing die voor iedereen werkt. Daarom leren we van elkaar: van inwoners, van vrijwilligers, van partners en van andere steden.
`.trim(),
    actions: [
      {
        number: 5,
        title: "Leren van ervaringsdeskundigen",
        summary:
          "Mensen die zelf eenzaamheid kennen, denken mee in een klankbordgroep. Zo sluit de aanpak aan bij wat mensen echt nodig hebben.",
        body: `
## Wat doet de stad?

Wie zelf eenzaamheid heeft meegemaakt, weet wat helpt en wat niet. Daarom is er een klankbordgroep eenzaamheid, met ongeveer tien mensen. Zij lezen mee, geven advies en vertellen wat er beter kan.

Ook het team Vereenzaming van de Ouderenraad denkt mee. Ongeveer 15 leden zijn actief. Zo'n 150 leden toonden interesse in het thema "Buurten en vereenzaming".
`.trim(),
        status: "ONGOING",
      },
      {
        number: 6,
        title: "Het thema blijvend op de agenda",
        summary:
          "Eenzaamheid blijft een aandachtspunt in het werk van alle stadsdiensten: sociale cohesie, gezondheid, jeugd, senioren en preventie.",
        body: `
## Wat doet de stad?

Eenzaamheid raakt veel domeinen. Daarom hoort het thema niet bij één dienst. We brengen het ter sprake bij sociale cohesie, gezondheid, preventie, jeugd en senioren.

Voorbeelden:

- In de zorgzame buurt Heembeemd werken buren, partners en de stad samen aan kleine ontmoetingen.
- Tijdens de ouderenweek is er aandacht voor ontmoeting en mentaal welbevinden.
- We steunen buren die elkaar willen ontmoeten, bijvoorbeeld met gevelbanken en picknicktafels.
- Alle medewerkers houden hun voelsprieten op scherp.
`.trim(),
        status: "ONGOING",
      },
      {
        number: 7,
        title: "Intervisie en vorming",
        summary:
          "Medewerkers en vrijwilligers leren signalen van eenzaamheid herkennen en bespreken samen moeilijke situaties.",
        body: `
## Wat doet de stad?

Een goed gesprek begint met goed luisteren. Daarom krijgen medewerkers en vrijwilligers vorming. Ze leren signalen van eenzaamheid herkennen. Ze leren het verschil tussen weinig contact hebben en je eenzaam voelen. En ze leren wanneer professionele hulp nodig is.

In intervisie bespreken ze samen situaties waar ze mee zitten. Vrijwilligers blijven zo niet alleen met hun vragen. Dat is belangrijk: wie te veel alleen draagt, haakt af.
`.trim(),
        status: "IN_PROGRESS",
      },
    ],
  },
  {
    number: 3,
    title: "Inzetten op een positief verhaal",
    summary:
      "De indirecte aanpak: we brengen mensen samen en hebben aandacht voor geluk en veerkracht, zonder iemand een etiket te geven.",
    body: `
Niemand wil het etiket "eenzaam" krijgen. Daarom zetten we ook in op wat mensen verbindt: samen iets doen, ergens bij horen, iets betekenen voor een ander.
`.trim(),
    actions: [
      {
        number: 8,
        title: "Mensen samenbrengen",
        summary:
          "Via vrijwilligerswerk, verenigingen, cultuur, sport en ontmoeting in de buurt brengen we mensen samen.",
        body: `
## Wat doet de stad?

Samen iets doen is een van de beste manieren om je minder alleen te voelen. Daarom investeren we in:

- **sociale cohesie in wijken en dorpen**: ontmoetingsplekken, buurtinitiatieven en buurtnetwerken;
- **vrijwilligerswerk**: elke week zijn er intakegesprekken met nieuwe vrijwilligers. Zij willen iets betekenen voor een ander. Vaak zoeken ze ook zelf contact en verbinding;
- **verenigingsleven, cultuur en sport**: activiteiten waar iedereen welkom is.

Ongeveer 250 zorgzame buren namen al een vraag op. Wil je ook helpen? Kijk bij [Ik wil helpen](/ik-wil-helpen).
`.trim(),
        status: "ONGOING",
      },
      {
        number: 9,
        title: "Focus op geluk en veerkracht",
        summary:
          "We hebben aandacht voor wat mensen sterker maakt: een goed gevoel, betekenisvolle contacten en weten waar je terechtkunt.",
        body: `
## Wat doet de stad?

Eenzaamheid hoort soms bij het leven. Wat telt, is dat je weer op adem komt. Daarom hebben we aandacht voor geluk en veerkracht:

- we maken psychologische hulp die je zonder verwijzing kan vragen bekender, onder meer tijdens de 10-daagse van de geestelijke gezondheid;
- we werken met jongeren aan mentaal welbevinden, onder meer met het project OverKop;
- we delen tips over hoe je voor jezelf en voor elkaar kan zorgen. Lees ze op [Over eenzaamheid](/over-eenzaamheid).
`.trim(),
        status: "IN_PROGRESS",
      },
    ],
  },
];
