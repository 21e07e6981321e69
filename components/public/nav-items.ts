export interface NavItem {
  href: string;
  label: string;
}

export const MAIN_NAV: NavItem[] = [
  { href: "/over-eenzaamheid", label: "Over eenzaamheid" },
  { href: "/aanbod", label: "Aanbod" },
  { href: "/getuigenissen", label: "Getuigenissen" },
  { href: "/campagnes", label: "Campagnes" },
  { href: "/actieplan", label: "Actieplan" },
  { href: "/ik-wil-helpen", label: "Ik wil helpen" },
  { href: "/zoeken", label: "Zoeken" },
];
