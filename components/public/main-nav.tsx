import { MobileMenu } from "./mobile-menu";
import { MAIN_NAV } from "./nav-items";
import { NavLink } from "./nav-link";

const linkBase =
  "flex min-h-11 items-center font-semibold text-brand-900 underline-offset-4 hover:underline aria-[current=page]:underline aria-[current=page]:decoration-4";

/** The links of the main menu; the two layouts differ in the list and the padding of the links. */
function NavList({ className, linkPadding }: { className: string; linkPadding: string }) {
  return (
    <ul className={className}>
      {MAIN_NAV.map((item) => (
        <li key={item.href}>
          <NavLink
            href={item.href}
            label={item.label}
            className={`${linkBase} hover:bg-brand-100 ${linkPadding}`}
          />
        </li>
      ))}
    </ul>
  );
}

/**
 * The main navigation: a disclosure menu on small screens, a row of links on
 * wider ones. Both are plain links that work without JavaScript.
 */
export function MainNav() {
  return (
    <nav aria-label="Hoofdmenu" className="border-brand-100 bg-brand-50 border-t">
      <div className="mx-auto max-w-5xl">
        <MobileMenu>
          <NavList className="border-brand-100 border-t pb-2" linkPadding="px-4 py-2" />
        </MobileMenu>
        <NavList className="hidden flex-wrap gap-x-1 px-3 md:flex lg:px-4" linkPadding="px-3 py-2" />
      </div>
    </nav>
  );
}
