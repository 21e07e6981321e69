import type { CampaignSeed } from "./types";

// Awareness campaigns. "Zorg voor elkaar en voor jezelf" is the campaign named
// in the action plan (seed 000); the body is our plain-language write-up of it.
// The other two are examples built from ideas in seeds 002, 003 and 004.
export const campaigns: CampaignSeed[] = [
  {
    slug: "zorg-voor-elkaar-en-voor-jezelf",
    title: "Zorg voor elkaar en voor jezelf",
    slogan: "Zorg voor elkaar en voor jezelf",
    summary:
      "De campagne van het actieplan Tezamen tegen vereenzamen. Kleine gebaren maken een groot verschil: voor een ander, en ook voor jezelf.",
    body: `
## Waarom deze campagne?

Iedereen voelt zich weleens alleen. Toch praten we er weinig over. Veel mensen durven niet om hulp te vragen. En wie iets merkt bij een ander, weet vaak niet wat te doen.

Met de campagne "Zorg voor elkaar en voor jezelf" wil de stad dat veranderen. We zeggen het hardop: je alleen voelen is menselijk. En samen kunnen we er iets aan doen.

## Zorg voor elkaar

Je hoeft geen grote dingen te doen. Kleine gebaren tellen:

- Groet je buren en maak een praatje.
- Bel iemand die je al lang niet meer sprak.
- Vraag aan je oudere buur of je iets kan meebrengen uit de winkel.
- Nodig een nieuwe buur uit voor een koffie.
- Merk je dat iemand zich terugtrekt? Vraag hoe het gaat, en luister echt.

## Zorg voor jezelf

Ook jij mag aan jezelf denken:

- Doe elke dag iets wat je graag doet.
- Ga even naar buiten, ook al is het maar een kwartiertje.
- Zeg het tegen iemand als het niet goed gaat.
- Durf hulp te vragen. Dat is geen zwakte.

## Wat doet de stad?

- We bundelen alle informatie op deze website.
- We delen verhalen van mensen die zich alleen voelden, om het taboe te doorbreken. Lees de [getuigenissen](/getuigenissen).
- We tonen het [aanbod](/aanbod) in jouw buurt.
- Via [Hulp nodig?](/hulp-nodig) of het gratis 0800-nummer bellen we je binnen 24 uur terug.
`.trim(),
    isExample: false,
    startsOn: "2021-03-18",
  },
  {
    slug: "week-van-de-verbinding",
    title: "Week van de verbinding: zet een stoel buiten",
    slogan: "Eén babbel maakt je dag",
    summary:
      "Een week lang zetten Mechelaars een stoel buiten, bussen ze een kaartje of geven ze een bloem aan een buur. Voorbeeldcampagne.",
    body: `
## Wat is het?

Een week lang zoeken we verbinding in elke wijk en elk dorp. Het gaat niet over "eenzaamheid bestrijden". Het gaat over elkaar zien en elkaar groeten. Want waar buren aandacht hebben voor elkaar, is het voor iedereen aangenamer wonen.

## Doe mee

- **Zet een stoel buiten.** Zet een stoel voor je deur, ga zitten en maak een praatje met wie voorbijkomt. Zet er een tweede stoel naast voor een buur.
- **Bus een kaartje.** In de dienstencentra, de dorpshuizen en de bib liggen gratis kaartjes met een warme boodschap. Schrijf een paar woorden en steek het in de bus bij een buur.
- **Geef een bloem door.** Op de markt delen vrijwilligers bloemen uit. Hou de bloem niet zelf. Geef ze aan een buur die je zelden ziet.
- **Kom naar een open deur.** Dienstencentra, De Keeting, De Lage Drempel en Het Koraalhuis openen hun deuren met koffie en een babbel. Kijk in het [aanbod](/aanbod).

## Waarom?

Kleine contacten zijn belangrijk. Een groet, een korte babbel aan de deur: het lijkt niets. Maar voor wie weinig mensen ziet, kan het het verschil maken. En soms groeit uit een babbel een vriendschap.

## En daarna?

Wil je blijven helpen? Word [zorgzame buur](/ik-wil-helpen). Maak je je zorgen over iemand? Gebruik [Hulp nodig?](/hulp-nodig).

*Dit is een voorbeeldcampagne, gemaakt op basis van ideeën uit Vlaamse en Brusselse praktijken.*
`.trim(),
    isExample: true,
    startsOn: "2026-09-28",
    endsOn: "2026-10-04",
  },
  {
    slug: "jij-bent-niet-de-enige",
    title: "Jij bent niet de enige",
    slogan: "Je alleen voelen? Praat erover.",
    summary:
      "Een campagne voor jongeren van 15 tot 24 jaar, samen met scholen, jeugdhuizen en OverKop. Je alleen voelen kan op elke leeftijd. Praten helpt. Voorbeeldcampagne.",
    body: `
## Waarom een campagne voor jongeren?

Veel mensen denken dat vooral ouderen zich eenzaam voelen. Maar ook jongeren voelen zich vaak alleen. Tijdens de coronatijd zag Tele-Onthaal veel meer jongeren die zich eenzaam voelden. Jongeren tussen 15 en 24 jaar lopen meer risico.

Je kan veel vrienden online hebben en je toch alleen voelen. Bijvoorbeeld als je op kot gaat, verhuist, van school verandert of als een vriendschap stopt.

## Wat willen we zeggen?

- **Je bent niet de enige.** Veel jongeren voelen zich soms zo.
- **Het is geen zwakte.** Je alleen voelen is een signaal. Net zoals honger zegt: ik heb iets nodig.
- **Praat erover.** Met een vriend, je ouders, een leerkracht, het CLB of een hulpverlener.

## Waar vind je de campagne?

- Op affiches en stickers in scholen, jeugdhuizen en in de bib.
- In klasgesprekken, samen met het CLB.
- Bij OverKop, met een open avond voor nieuwe jongeren.
- Op sociale media, met verhalen van jongeren zelf.

## Waar kan je terecht?

- [OverKop](/aanbod/overkop-jongeren): een plek om te chillen en te praten.
- [Het JAC](/aanbod/jac-praat-erover): chat of praat met een hulpverlener, gratis en anoniem.
- [Tele-Onthaal](/aanbod/tele-onthaal-106): bel [106](tel:106) of chat, dag en nacht.
- Denk je aan zelfdoding? Bel de Zelfmoordlijn op [1813](tel:1813).

*Dit is een voorbeeldcampagne, gemaakt op basis van de aandacht voor jeugdvereenzaming in het actieplan.*
`.trim(),
    isExample: true,
    startsOn: "2026-11-02",
    endsOn: "2027-01-31",
  },
];
