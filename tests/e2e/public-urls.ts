/** Every public URL of DESIGN.md, with a real slug for each detail page. */
export const PUBLIC_URLS = [
  "/",
  "/hulp-nodig",
  "/ik-wil-helpen",
  "/aanbod",
  "/aanbod?soort=MEETING_PLACE",
  "/aanbod/de-keeting",
  "/getuigenissen",
  "/getuigenissen/lieve-na-het-verlies-van-jef",
  "/campagnes",
  "/campagnes/zorg-voor-elkaar-en-voor-jezelf",
  "/actieplan",
  "/over-eenzaamheid",
  "/zoeken",
  "/zoeken?q=wandelen",
  "/privacy",
  "/toegankelijkheid",
] as const;
