import type { TestimonySeed } from "./types";

// Demo testimonies. They are examples, not real people: each one is written
// from situations described in the seed documents (risk moments, the offers
// of the action plan, reciprocity in neighbour help) and says so at the end.
const exampleLine =
  "*Dit is een voorbeeldgetuigenis. Ze is geschreven op basis van ervaringen uit het actieplan en uit onderzoek naar eenzaamheid. Het gaat niet om een echte persoon.*";

export const testimonies: TestimonySeed[] = [
  {
    slug: "lieve-na-het-verlies-van-jef",
    title: "Lieve vond houvast na het verlies van haar man",
    personName: "Lieve",
    ageLabel: "79 jaar",
    quote:
      "Ik had buren, mijn dochter belde elke week. En toch was het stil. Ik miste niet zomaar mensen. Ik miste hem.",
    body: `
## Het werd stil in huis

Lieve was 52 jaar getrouwd met Jef. Twee jaar geleden stierf hij. "De eerste weken was er veel volk. Daarna werd het stil. Mijn dochter woont in Gent. Ze belt elke week, maar ze heeft haar eigen leven."

Lieve had nochtans mensen rond zich. De buren groetten haar. De apotheker kende haar naam. "Ik was niet echt alleen. Maar ik voelde me wel zo. 's Avonds zat ik aan tafel en keek ik naar zijn stoel."

## Een bel aan de deur

Op een dinsdag belde een outreacher van Huis-aan-Huis aan. "Ik dacht eerst dat ze iets wou verkopen. Maar ze vroeg gewoon hoe het ging. En ik begon te wenen. Dat had ik nog niet gedaan waar iemand bij was."

De outreacher bracht Lieve in contact met een zorgcoach. Die kwam een paar keer langs. "Ze zei dat rouw tijd vraagt. Dat wat ik voelde normaal was. Dat deed deugd." Via de zorgcoach ging Lieve naar een gespreksgroep voor mensen die hun partner verloren.

## Kleine stappen

Nu gaat Lieve op donderdag naar De Draaischijf. "Soms zeg ik niet veel. Ik drink mijn koffie en luister." En elke maandag belt Hilde, een zorgzame buur. "We praten over niks en over alles. Ze vraagt altijd hoe het met mijn tomaten gaat."

"Jef mis ik nog elke dag. Dat gaat niet over. Maar ik draag het niet meer alleen."

## Wat hielp Lieve?

- Een bezoek aan huis, zonder dat ze er zelf om moest vragen.
- Gesprekken met een zorgcoach en met mensen die hetzelfde meemaakten.
- Een vaste plek om naartoe te gaan en een vast telefoontje.

Herken je je in dit verhaal? Kijk bij [Hulp nodig?](/hulp-nodig) of in het [aanbod](/aanbod).

${exampleLine}
`.trim(),
    isExample: true,
    consentNote:
      "Voorbeeldgetuigenis, geschreven op basis van het actieplan Tezamen tegen vereenzamen (Huis-aan-Huis, zorgcoaches, De Draaischijf, zorgzame buren) en de VVSG-publicatie 'Verbonden met (n)iemand' over emotionele eenzaamheid na het verlies van een partner; geen echte persoon.",
  },
  {
    slug: "milan-op-kot-in-mechelen",
    title: "Milan voelde zich alleen op kot in een nieuwe stad",
    personName: "Milan",
    ageLabel: "19 jaar",
    quote:
      "Online leek het alsof ik veel vrienden had. Maar op zondagavond had ik niemand om gewoon mee te lachen.",
    body: `
## Een nieuwe stad

Milan kwam in Mechelen studeren. Hij kende er niemand. "Thuis had ik mijn vrienden van de voetbal. Hier zat ik op mijn kot. De anderen op mijn gang gingen elk weekend naar huis."

Op zijn telefoon zag het er anders uit. "Ik had honderden volgers. Ik zag iedereen op feestjes. Dan voel je je nog meer alleen. Je denkt: ligt het aan mij?"

## Praten zonder je naam te zeggen

Op een avond zocht Milan op zijn telefoon naar "alleen voelen student". Hij kwam uit bij de chat van het JAC. "Je hoeft je naam niet te geven. Dat maakte het makkelijker. De hulpverlener zei dat veel jongeren zich zo voelen. Vooral in het eerste jaar. Dat wist ik niet."

Samen zochten ze naar iets kleins dat Milan kon proberen. "Geen groot feest. Gewoon iets waar je elke week naartoe gaat."

## Elke woensdag

Milan gaat nu elke woensdag naar OverKop. Hij speelt er tafelvoetbal en helpt soms met koken. "In het begin ging ik alleen voor het eten. Nu ga ik voor de mensen."

Hij is niet meer elke avond op zijn kot. "Ik voel me nog soms alleen. Maar ik weet nu dat het voorbijgaat. En dat ik erover mag praten."

## Wat hielp Milan?

- Anoniem kunnen praten, op een moment dat het voor hem paste.
- Horen dat hij niet de enige was.
- Een vaste plek, elke week, waar hij gewoon mocht zijn.

Ben je tussen 12 en 25 jaar? Kijk bij [OverKop](/aanbod/overkop-jongeren) of het [JAC](/aanbod/jac-praat-erover). Wil je nu met iemand praten? Bel [106](tel:106), dag en nacht.

${exampleLine}
`.trim(),
    isExample: true,
    consentNote:
      "Voorbeeldgetuigenis, geschreven op basis van het actieplan (aandacht voor jeugdvereenzaming), de nota van de VVDB (jongeren van 15 tot 24 jaar als risicogroep) en de hoorzitting in het Brussels Parlement (op kot gaan als overgangsmoment); geen echte persoon.",
  },
  {
    slug: "rita-zorgzame-buur",
    title: "Rita werd zorgzame buur en vond zelf nieuwe contacten",
    personName: "Rita",
    ageLabel: "66 jaar",
    quote:
      "Ik wou iets doen voor een ander. Nu wandel ik elke week met Frans, en eerlijk: ik kijk er zelf het meest naar uit.",
    body: `
## Na mijn pensioen

Rita werkte 40 jaar in een kantoor. "Ik had altijd volk rond mij. Na mijn pensioen viel dat weg. Mijn man is veel bezig met zijn hobby. Ik dacht: ik moet iets nuttigs doen."

Ze zag een oproep om zorgzame buur te worden. "Ik schreef me in via de website. Een week later had ik een gesprek. Ze vroegen wat ik graag doe en hoeveel tijd ik heb. Dat vond ik fijn. Niemand verplichtte me tot iets."

## Wandelen met Frans

Rita wandelt nu elke vrijdag met Frans, een buurman van 84. Hij kan niet meer goed alleen buiten sinds een val. "De eerste keer was het wat stil. Nu vertelt hij honderduit. Over de stad van vroeger. Over vogels. Hij kent ze allemaal."

"Ik dacht dat ik iets kwam geven. Maar ik krijg minstens evenveel terug. Frans leert mij de vogels kennen. Ik ken nu ook zijn dochter en de bakker op de hoek. Ik voel me meer thuis in mijn eigen buurt."

## Nooit alleen

Eén keer maakte Rita zich zorgen. Frans was verward en had niet gegeten. "Ik heb meteen de coördinator gebeld. Die heeft het opgenomen met de zorgcoach. Ik moest dat niet alleen oplossen. Dat geeft rust."

## Wat Rita wil zeggen

- Je hoeft geen grote dingen te doen. Een wandeling is genoeg.
- Je beslist zelf hoeveel tijd je geeft.
- Je staat er nooit alleen voor.

Wil je ook zorgzame buur worden? Kijk bij [Ik wil helpen](/ik-wil-helpen).

${exampleLine}
`.trim(),
    isExample: true,
    consentNote:
      "Voorbeeldgetuigenis, geschreven op basis van het actieplan (vrijwilligers die zelf contact en verbinding zoeken, wekelijkse intakes, zorgzame buren) en de hoorzitting in het Brussels Parlement over burenhulp en wederkerigheid; geen echte persoon.",
  },
  {
    slug: "koen-bezorgde-buur",
    title: "Koen maakte zich zorgen over zijn buurvrouw",
    personName: "Koen",
    ageLabel: "45 jaar",
    quote:
      "De rolluiken van mijn buurvrouw bleven dicht en haar brievenbus puilde uit. Ik twijfelde lang. Een formulier van twee minuten heeft veel veranderd.",
    body: `
## Iets klopte niet

Koen woont al tien jaar naast Josée. "We zeiden goeiedag, meer niet. Ze woont alleen. Op een bepaald moment zag ik dat haar rolluiken dicht bleven. Haar brievenbus zat vol. Ik zag haar bijna nooit meer buiten."

Koen twijfelde. "Ik wou me niet moeien. Misschien wil ze gewoon rust. Maar het liet me niet los."

## Hulp nodig? voor iemand anders

Op de website van de stad zag Koen de knop "Hulp nodig?". "Ik zag dat je het ook voor iemand anders kan vragen. Ik wist niet of Josée het goed zou vinden. Dat kon ik ook zo aanduiden. Het duurde twee minuten."

De volgende ochtend belde een medewerker. "Ze stelde een paar vragen. Ze legde uit dat ze Josée zelf zou contacteren, rustig en met respect. Josée mocht altijd neen zeggen."

## Een nieuwe gewoonte

Josée zei ja. Ze was na een operatie slecht te been en schaamde zich om hulp te vragen. Nu doet een zorgzame buur elke week boodschappen met haar. Een zorgcoach regelde hulp aan huis.

En Koen? "Op zondag drink ik een koffie bij haar. Dat is nu gewoon zo gegroeid. Ze vertelt over vroeger, ik over mijn kinderen. Ik had nooit gedacht dat het zo zou lopen."

## Wat Koen wil zeggen

- Twijfel je? Vraag het toch. De stad gaat er voorzichtig mee om.
- Je hoeft het niet zelf op te lossen.
- Een groet of een klein gebaar kan al veel doen.

Maak je je zorgen over iemand? Kijk bij [Hulp nodig?](/hulp-nodig) of lees de tips op [Over eenzaamheid](/over-eenzaamheid).

${exampleLine}
`.trim(),
    isExample: true,
    consentNote:
      "Voorbeeldgetuigenis, geschreven op basis van het actieplan (de knop 'Hulp nodig?', zorgzame buren, zorgcoaches) en de nota van de VVDB over vraagverlegenheid en signalen van eenzaamheid; geen echte persoon.",
  },
];
