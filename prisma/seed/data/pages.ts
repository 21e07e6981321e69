import type { PageSeed } from "./types";

// Free-standing pages. Bodies are Markdown rendered under the page's own h1,
// so headings start at ##. The free 0800 number is a setting of the
// deployment and is shown in the header of every page, so the texts refer to
// it ("het gratis 0800-nummer bovenaan de pagina") instead of repeating it.
export const pages: PageSeed[] = [
  {
    slug: "home",
    title: "Tezamen: samen tegen vereenzamen",
    summary:
      "Voel je je alleen, of maak je je zorgen over iemand? Hier vind je hulp, plekken om mensen te ontmoeten en manieren om zelf te helpen.",
    body: `
Iedereen voelt zich weleens alleen. Na een verlies, na een verhuis, als je ziek bent of als je net op kot zit. Dat is menselijk. En je hoeft er niet alleen mee te blijven zitten.

Op deze website vind je plekken in Mechelen waar je mensen ontmoet. Je vindt er ook activiteiten in je buurt en mensen die graag een babbel met je slaan. Maak je je zorgen over iemand anders? Ook dan helpen we je verder.

Vraag hulp met de knop [Hulp nodig?](/hulp-nodig) of bel gratis naar het 0800-nummer bovenaan de pagina. We bellen je binnen 24 uur terug. Wil je zelf iets doen voor een ander? [Word zorgzame buur](/ik-wil-helpen).
`.trim(),
  },
  {
    slug: "over-eenzaamheid",
    title: "Over eenzaamheid",
    summary:
      "Wat is eenzaamheid? Hoe herken je het, bij jezelf of bij een ander? En wat kan je doen? Uitleg en tips in eenvoudige taal.",
    body: `
## Iedereen voelt zich weleens alleen

Je alleen voelen is een gewoon menselijk gevoel. Ongeveer de helft van de mensen voelt zich soms eenzaam. Het kan iedereen overkomen, op elke leeftijd. Ook jongeren voelen zich vaak alleen.

Je eenzaam voelen is een signaal. Net zoals honger. Honger zegt: ik moet eten. Eenzaamheid zegt: ik heb nood aan contact. Meestal gaat het gevoel weer voorbij. Maar soms blijft het lang hangen. Dan is het goed om er iets aan te doen.

## Alleen zijn of je alleen voelen

Dat is niet hetzelfde.

**Weinig contact hebben.** Hulpverleners noemen dit "sociaal isolement". Het betekent: je ziet weinig mensen. Dat kan je tellen. Bijvoorbeeld: je spreekt bijna nooit iemand, je komt zelden buiten, er is niemand die je kan bellen als er iets is.

**Je eenzaam voelen.** Dat is een gevoel. Je mist het contact dat je wil. Het gaat niet over hoeveel mensen je kent, maar over hoe het voelt.

Daarom kan het allebei:

- Je kan veel mensen rond je hebben en je toch eenzaam voelen. Bijvoorbeeld in een klas vol leerlingen, of op een familiefeest.
- Je kan weinig mensen zien en toch tevreden zijn. Sommige mensen zijn graag op zichzelf.

Vaak gaan de twee samen. Maar ze vragen een andere aanpak. Heb je weinig contact? Dan helpt het om meer mensen te ontmoeten. Voel je je eenzaam? Dan gaat het vooral om de kwaliteit van je contacten: mensen bij wie je jezelf kan zijn.

## Twee soorten eenzaamheid

**Sociale eenzaamheid.** Je mist een groep. Mensen om iets mee te doen, om bij te horen. Bijvoorbeeld na je pensioen: je collega's vallen weg. Of na een verhuis naar een nieuwe stad, waar je nog niemand kent.

Wat kan helpen? Mensen ontmoeten. Meedoen aan een activiteit, een vereniging, vrijwilligerswerk. Een vaste plek waar je welkom bent.

**Emotionele eenzaamheid.** Je mist één persoon die heel dicht bij je staat. Bijvoorbeeld na het overlijden van je partner, of na een scheiding. Je kan veel mensen zien, maar die ene persoon is er niet meer.

Wat kan helpen? Meer activiteiten vullen die leegte niet altijd. Het helpt vaak om erover te praten. Met iemand die je vertrouwt, met mensen die hetzelfde meemaakten, of met een hulpverlener.

## Wanneer heb je meer kans om je eenzaam te voelen?

Op bepaalde momenten in je leven verandert er veel. Dan kan je sneller in een eenzaam gevoel terechtkomen. Bijvoorbeeld:

- je verliest je partner of iemand anders die je graag ziet;
- je gaat scheiden;
- je verhuist, of je gaat op kot;
- je gaat met pensioen of verliest je werk;
- je wordt ziek, of je hebt een beperking waardoor je minder buiten komt;
- je zorgt voor iemand anders en hebt weinig tijd voor jezelf;
- je hebt weinig geld om iets te doen;
- je spreekt de taal nog niet goed, of je bent net in België komen wonen;
- veel dingen gaan via de computer of de smartphone, en daar kan je niet goed mee om.

Ook mensen ouder dan 75 jaar en jongeren tussen 15 en 24 jaar voelen zich vaker alleen.

## Signalen om op te letten

Bij jezelf:

- je hebt weinig zin om buiten te komen of mensen te zien;
- je slaapt slecht of je bent vaak moe;
- je piekert veel;
- je denkt dat niemand om je geeft;
- je zit veel online, maar je voelt je daarna slechter.

Bij iemand anders:

- de gordijnen of rolluiken blijven dicht;
- de brievenbus raakt vol;
- iemand komt niet meer naar de winkel, de kerk, de club of de les;
- iemand verzorgt zichzelf of het huis minder goed;
- iemand zegt dingen als "niemand heeft mij nog nodig";
- een jongere trekt zich terug op zijn of haar kamer en haakt af bij vrienden.

Eén signaal zegt niet alles. Maar vertrouw op je gevoel. Vragen hoe het gaat, kan nooit kwaad.

## Tips voor jezelf

1. **Begin klein.** Een groet aan je buur of een praatje aan de kassa telt ook.
2. **Maak een vast ritme.** Ga elke dag even naar buiten, ook al is het maar een kwartier.
3. **Neem zelf contact op.** Bel of stuur een bericht naar iemand die je al lang niet meer sprak. Vaak is die ander blij dat jij de eerste stap zet.
4. **Zoek een vaste plek.** Ga naar een ontmoetingsplaats, een dienstencentrum of de bib. Kijk in het [aanbod](/aanbod) wat er in je buurt is.
5. **Doe iets voor een ander.** Vrijwilligerswerk geeft je een rol en nieuwe contacten. Word bijvoorbeeld [zorgzame buur](/ik-wil-helpen).
6. **Wees mild voor jezelf.** Je alleen voelen is geen zwakte en niet je eigen schuld.
7. **Praat erover.** Met iemand die je vertrouwt, je huisarts of een hulpverlener. Wil je nu praten? Bel [106](tel:106).
8. **Vraag hulp.** Via [Hulp nodig?](/hulp-nodig) of het gratis 0800-nummer. We bellen je binnen 24 uur terug.

## Tips als je je zorgen maakt over iemand

1. **Maak contact.** Bel aan, groet, vraag hoe het gaat. Doe dat niet één keer, maar geregeld.
2. **Luister echt.** Je hoeft niets op te lossen. Laat de ander vertellen, zonder oordeel.
3. **Bied iets concreets aan.** "Zal ik iets meebrengen uit de winkel?" of "Ga je mee een koffie drinken?" werkt beter dan "Laat maar weten als je iets nodig hebt."
4. **Zeg niet "je moet meer buitenkomen".** Dat voelt als een verwijt. Vraag liever wat de ander graag zou doen.
5. **Respecteer een neen.** Iemand wil misschien geen hulp. Blijf toch vriendelijk groeten. De deur blijft open.
6. **Doe het niet alleen.** Vraag raad aan de dienst sociale cohesie, via [Hulp nodig?](/hulp-nodig). Je kan het formulier ook invullen voor iemand anders. We gaan er voorzichtig mee om.
7. **Vertel het aan de persoon zelf.** Als het kan, zeg je dat je hulp vraagt. Dat maakt het eerste contact makkelijker.
8. **Zorg ook voor jezelf.** Zorgen om iemand kan zwaar zijn. Praat erover met iemand.

## Waar kan je terecht?

- **Hulp vragen, voor jezelf of iemand anders:** [Hulp nodig?](/hulp-nodig) of het gratis 0800-nummer bovenaan de pagina. We bellen binnen 24 uur terug.
- **Plekken en activiteiten in je buurt:** het [aanbod](/aanbod).
- **Nu met iemand praten, dag en nacht:** Tele-Onthaal, bel [106](tel:106) of chat via [www.tele-onthaal.be](https://www.tele-onthaal.be).
- **Denk je aan zelfdoding, of maak je je zorgen over iemand?** Bel de Zelfmoordlijn op [1813](tel:1813) of chat via [www.zelfmoord1813.be](https://www.zelfmoord1813.be).
- **Is er gevaar of een noodgeval?** Bel [112](tel:112).
`.trim(),
  },
  {
    slug: "privacy",
    title: "Privacyverklaring",
    summary:
      "Welke gegevens we vragen als je hulp vraagt of vrijwilliger wordt, waarom, wie ze ziet, hoe lang we ze bewaren en wat je rechten zijn.",
    body: `
## Kort samengevat

- We vragen alleen wat we nodig hebben om je terug te bellen en te helpen.
- Alleen de medewerkers die hulpvragen behandelen, zien je gegevens.
- Een zorgzame buur krijgt alleen je voornaam, je telefoonnummer, je wijk en wat jullie samen afspreken. En alleen als jij dat goed vindt.
- We verkopen je gegevens nooit en gebruiken ze niet voor reclame.
- We gebruiken geen cookies om je te volgen.
- Je mag altijd vragen welke gegevens we hebben, en ze laten verbeteren of wissen.

## Wie is verantwoordelijk?

De stad Mechelen is verantwoordelijk voor je gegevens op deze website. De stad heeft een functionaris voor gegevensbescherming. Die controleert of de stad zorgvuldig met je gegevens omgaat.

Heb je een vraag over je privacy? Mail naar [privacy@tezamen.example](mailto:privacy@tezamen.example).

## Welke gegevens vragen we als je hulp vraagt?

Met het formulier [Hulp nodig?](/hulp-nodig) vragen we:

- je voornaam;
- je telefoonnummer en/of je e-mailadres (minstens één van de twee);
- je wijk of je adres (niet verplicht);
- het beste moment om je te bellen;
- de taal waarin we je best aanspreken;
- je leeftijdsgroep (niet verplicht);
- wat je zou helpen, bijvoorbeeld een babbel, een bezoek of hulp bij boodschappen;
- je bericht, als je iets wil vertellen (niet verplicht);
- voor wie de vraag is: voor jezelf of voor iemand anders.

Vraag je hulp voor iemand anders? Dan vragen we ook:

- de gegevens van de persoon over wie je je zorgen maakt (voornaam, telefoon of e-mail, wijk of adres);
- je eigen voornaam en je eigen telefoonnummer of e-mailadres, zodat we jou kunnen terugbellen;
- of die persoon weet dat je hulp vraagt.

We noteren ook wanneer je toestemming gaf en welke tekst je toen te zien kreeg. Vraag je hulp via de telefoon, een dienstencentrum, een wijkagent of een andere partner? Dan noteert een medewerker dezelfde gegevens.

## Waarom vragen we die gegevens?

We gebruiken je gegevens alleen om:

- je binnen 24 uur terug te bellen;
- samen met jou te bekijken wat helpt;
- je in contact te brengen met een zorgzame buur of een organisatie, als jij dat wil;
- later nog eens te bellen om te horen hoe het gaat.

**Op welke basis mogen we dat?** Je geeft ons toestemming. Bovendien is het een taak van de stad om inwoners te helpen. Dat heet een taak van algemeen belang. Beide staan in artikel 6 van de Algemene Verordening Gegevensbescherming (AVG).

**Gevoelige gegevens.** Wat je vertelt over hoe je je voelt of over je gezondheid, zijn gevoelige gegevens (artikel 9 van de AVG). Die verwerken we alleen met je uitdrukkelijke toestemming. Je geeft die toestemming met het vakje onderaan het formulier. Je kan je toestemming altijd intrekken.

**Vraag je hulp voor iemand anders?** Dan nemen we voorzichtig contact op met die persoon. We vragen of die persoon hulp wil. Zegt die persoon neen? Dan doen we niets meer met de vraag, en anonimiseren we de gegevens na 3 maanden.

## Wie ziet je gegevens?

- **Medewerkers van de dienst sociale cohesie** die hulpvragen behandelen. Alleen zij zien je volledige vraag.
- **Een zorgzame buur**, alleen als jij daarmee akkoord gaat. De zorgzame buur ziet alleen je voornaam, je telefoonnummer, je wijk en de activiteit die jullie afspreken, bijvoorbeeld "elke week bellen". Niet je bericht en niet wat je over je gezondheid vertelde.
- **Een andere organisatie**, zoals een dienstencentrum of het CAW, alleen als jij dat wil, en alleen wat nodig is.
- **Redacteurs van de website en medewerkers die cijfers maken**, zien geen persoonsgegevens. Zij zien alleen anonieme cijfers, zoals "zoveel vragen in deze maand".

Elke keer dat een medewerker je gegevens bekijkt of wijzigt, wordt dat vastgelegd: wie, wat en wanneer. Zo kunnen we controleren dat niemand je gegevens zonder reden bekijkt.

We geven je gegevens nooit aan bedrijven. We gebruiken ze niet voor reclame.

## Hoe lang bewaren we je gegevens?

- Is je vraag afgesloten? Dan anonimiseren we je gegevens na **24 maanden**. Dat betekent: we wissen je naam, je telefoonnummer, je e-mailadres, je adres en je bericht. Wat overblijft, kan niet meer naar jou leiden.
- Ging het om een vraag over iemand anders, en wil die persoon geen hulp? Dan anonimiseren we na **3 maanden**.
- Cijfers bewaren we alleen anoniem. Bijvoorbeeld hoeveel vragen er waren en hoe snel we terugbelden.

## Als je vrijwilliger wil worden

Met het formulier [Ik wil helpen](/ik-wil-helpen) vragen we:

- je voornaam en achternaam;
- je telefoonnummer en/of je e-mailadres;
- je adres of je wijk;
- je geboortejaar;
- wat je graag zou doen, in welke talen je kan helpen en wanneer je tijd hebt;
- hoe ver je wil gaan en hoeveel mensen je tegelijk wil helpen;
- waarom je wil helpen (niet verplicht).

We gebruiken die gegevens om een intakegesprek met je te plannen. Daarna gebruiken we ze om je te koppelen aan een buur en om je te begeleiden. Voor vrijwilligerswerk met mensen in een kwetsbare situatie vragen we een uittreksel uit het strafregister (model 2). We noteren alleen de datum van het uittreksel. We bewaren er geen kopie van.

Alleen de vrijwilligerscoördinatoren en de medewerkers die hulpvragen koppelen, zien je gegevens. Stop je als vrijwilliger? Dan anonimiseren we je gegevens na 24 maanden.

## Cookies en statistieken

We gebruiken geen cookies om je te volgen en geen programma's van andere bedrijven. Daarom zie je ook geen cookiemelding.

We tellen wel hoe vaak een pagina bekeken wordt en hoe lang mensen er gemiddeld blijven. Dat doen we zelf, zonder cookies en zonder je IP-adres te bewaren. We zien dus niet wie welke pagina bekeek. De gemeenteraad wil die cijfers per jaar kennen, om te weten of de informatie de mensen bereikt.

Om misbruik van de formulieren tegen te gaan, bewaren we korte tijd een versleutelde code van je internetverbinding. Daaruit kunnen we je IP-adres niet terug afleiden.

Medewerkers en vrijwilligers die inloggen, krijgen een cookie die nodig is om ingelogd te blijven. Die cookie gebruiken we nergens anders voor.

## Je rechten

Je hebt het recht om:

- te vragen welke gegevens we over jou hebben (inzage);
- foute gegevens te laten verbeteren;
- je gegevens te laten wissen;
- bezwaar te maken tegen wat we met je gegevens doen;
- je toestemming in te trekken. Wat we vóór dat moment deden, blijft wel geldig.

Wil je een van deze rechten gebruiken? Mail naar [privacy@tezamen.example](mailto:privacy@tezamen.example) of bel gratis het 0800-nummer bovenaan de pagina. We vragen je misschien om te bewijzen wie je bent. Zo zijn we zeker dat we je gegevens niet aan iemand anders geven. We antwoorden binnen een maand.

## Een klacht?

Ben je niet tevreden over hoe we met je gegevens omgaan? Laat het ons eerst weten via [privacy@tezamen.example](mailto:privacy@tezamen.example). Dan zoeken we samen een oplossing.

Je kan ook een klacht indienen bij de Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens: [www.vlaamsetoezichtcommissie.be](https://www.vlaamsetoezichtcommissie.be).

## Contact

- E-mail: [privacy@tezamen.example](mailto:privacy@tezamen.example)
- Telefoon: het gratis 0800-nummer bovenaan de pagina
`.trim(),
  },
  {
    slug: "toegankelijkheid",
    title: "Toegankelijkheidsverklaring",
    summary:
      "De stad Mechelen wil dat iedereen deze website kan gebruiken. Hier lees je hoe toegankelijk de website is, wat nog niet goed werkt en hoe je dat meldt.",
    body: `
## Onze inzet

De stad Mechelen wil dat iedereen deze website kan gebruiken. Ook als je slecht ziet, niet met een muis werkt, een schermlezer gebruikt of moeilijk leest.

De stad doet dat volgens het Vlaamse bestuursdecreet van 7 december 2018. Dat decreet zet de Europese richtlijn (EU) 2016/2102 om. Die richtlijn gaat over de toegankelijkheid van websites en apps van overheden. Deze verklaring volgt het model van de Europese Commissie (uitvoeringsbesluit (EU) 2018/1523).

## Voor welke website geldt deze verklaring?

Deze verklaring geldt voor deze website, Tezamen: het portaal van het actieplan Tezamen tegen vereenzamen. Dat zijn:

- alle openbare pagina's, zoals het aanbod, de getuigenissen, de campagnes en het actieplan;
- het formulier [Hulp nodig?](/hulp-nodig) en het formulier [Ik wil helpen](/ik-wil-helpen);
- de pagina's voor vrijwilligers;
- het gedeelte voor medewerkers van de stad.

## Nalevingsstatus

Deze website is **gedeeltelijk in overeenstemming** met de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA, en met de Europese norm EN 301 549. Dat komt door de problemen die hieronder staan.

## Wat werkt nog niet goed?

De volgende inhoud is nog niet (volledig) toegankelijk:

- **PDF-documenten van de gemeenteraad.** Op sommige pagina's linken we naar documenten van de gemeenteraad, zoals antwoorden op vragen van raadsleden. Die PDF's zijn niet altijd toegankelijk. Ze hebben soms geen goede koppen of leesvolgorde voor een schermlezer (WCAG 1.3.1 en 2.4.2). De belangrijkste inhoud staat ook als gewone tekst op deze website, bijvoorbeeld op de pagina [actieplan](/actieplan). Heb je een document nodig in een andere vorm? Vraag het ons.
- **Grafieken in het gedeelte voor medewerkers.** De grafieken bij de rapporten zijn niet volledig te gebruiken met een schermlezer (WCAG 1.1.1). Soms is kleur de enige manier om twee lijnen uit elkaar te houden (WCAG 1.4.1). Dezelfde cijfers staan ook in een tabel onder de grafiek en zijn te downloaden als CSV-bestand.

**Inhoud die buiten deze verklaring valt.** We linken naar websites van partners, zoals Tele-Onthaal, het CAW en verenigingen. Die websites beheren wij niet. Ze vallen niet onder deze verklaring.

We werken aan oplossingen. We passen deze verklaring aan als er iets verandert.

## Hoe hebben we dit getest?

Deze verklaring is opgesteld op **23 november 2026**.

Het projectteam deed zelf een beoordeling:

- met automatische tests (axe) op alle openbare pagina's, de formulieren en de pagina's voor vrijwilligers en medewerkers;
- met handmatige controles: alle pagina's gebruiken met alleen het toetsenbord, en de belangrijkste pagina's en formulieren gebruiken met een schermlezer;
- met controles bij 200% zoom en op een smal scherm van 320 pixels breed.

De verklaring is voor het laatst bekeken op 23 november 2026.

## Feedback en contact

Werkt iets niet goed voor jou? Of heb je informatie nodig in een andere vorm? Laat het ons weten:

- e-mail: [toegankelijkheid@tezamen.example](mailto:toegankelijkheid@tezamen.example)
- telefoon: het gratis 0800-nummer bovenaan de pagina

Zeg ons op welke pagina het probleem zit en wat er niet lukt. We antwoorden binnen 10 werkdagen. Heb je dringend hulp nodig? Bel dan meteen het gratis 0800-nummer. Dan helpen we je via de telefoon.

## Handhavingsprocedure

Ben je niet tevreden met ons antwoord? Dan kan je een klacht indienen bij de klachtendienst van de stad Mechelen: [klachten@tezamen.example](mailto:klachten@tezamen.example).

Ben je daarna nog altijd niet tevreden? Dan kan je terecht bij de Vlaamse Ombudsdienst. Dat is gratis. Meer informatie vind je op [www.vlaamseombudsdienst.be](https://www.vlaamseombudsdienst.be).
`.trim(),
  },
  {
    slug: "ik-wil-helpen",
    title: "Ik wil helpen",
    summary:
      "Word zorgzame buur. Bel iemand op, ga samen wandelen of doe een boodschap. Je kiest zelf hoeveel tijd je geeft, en je krijgt begeleiding.",
    body: `
Als zorgzame buur maak je tijd voor iemand in je buurt. Je belt op voor een babbel, je gaat samen wandelen, je doet een boodschap of je helpt met de smartphone. Kleine dingen, die voor een ander veel betekenen.

## Hoe gaat het?

1. **Je vult het formulier hieronder in.** Het duurt een paar minuten.
2. **We bellen je op en plannen een kennismaking.** Elke week zijn er intakegesprekken. We praten over wat je graag doet, wanneer je tijd hebt en welke talen je spreekt.
3. **Je vraagt een uittreksel uit het strafregister (model 2) aan.** Dat vragen we aan iedereen die met mensen in een kwetsbare situatie werkt. We leggen je uit hoe je het aanvraagt.
4. **We koppelen je aan een buur.** We kiezen iemand in je buurt, bij wie jouw tijd en activiteiten passen.

## Je staat er niet alleen voor

Een coördinator begeleidt je. Je kan altijd bellen met een vraag. Maak je je zorgen over iemand? Dan meld je dat met één klik, en de coördinator neemt het over.

Jij beslist hoeveel mensen je helpt en hoe vaak. Heb je het even te druk? Dan kan je pauzeren. Je bent verzekerd tijdens je vrijwilligerswerk.

## Je krijgt er ook iets voor terug

Veel zorgzame buren vertellen dat ze er zelf ook veel aan hebben. Ze leren nieuwe mensen kennen en voelen zich meer thuis in hun buurt. Iedereen kan helpen, en iedereen kan geholpen worden.
`.trim(),
  },
  {
    slug: "hulp-nodig",
    title: "Hulp nodig?",
    summary: "Vraag hulp voor jezelf of voor iemand anders. Het is gratis. We bellen je binnen 24 uur terug.",
    body: `
Voel je je alleen, of maak je je zorgen over iemand? Vul dit korte formulier in. Je kan hulp vragen voor jezelf of voor iemand anders, zoals een buur of een familielid.

Een medewerker van de stad belt of mailt je **binnen 24 uur**. Samen bekijken jullie wat kan helpen. Bijvoorbeeld een babbel, een bezoek, hulp bij boodschappen of mensen ontmoeten. Het is gratis.

Liever bellen? Bel gratis het 0800-nummer bovenaan de pagina.
`.trim(),
  },
];
