import type { ReactNode } from "react";

// Decorative icons: always next to text that says the same, so hidden from assistive technology.

interface IconProps {
  className?: string;
}

/**
 * A 24×24 icon in the current text colour: filled, or drawn in round-capped
 * strokes. `roundJoins` rounds the corners where strokes meet (arrows, chevrons).
 */
function Icon({
  className,
  filled,
  roundJoins,
  children,
}: {
  className: string;
  filled?: boolean;
  roundJoins?: boolean;
  children: ReactNode;
}) {
  const paint = filled
    ? { fill: "currentColor" }
    : {
        fill: "none",
        stroke: "currentColor",
        strokeWidth: "2.5",
        strokeLinecap: "round" as const,
        strokeLinejoin: roundJoins ? ("round" as const) : undefined,
      };
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className={className} {...paint}>
      {children}
    </svg>
  );
}

export function PhoneIcon({ className = "h-5 w-5" }: IconProps) {
  return (
    <Icon className={className} filled>
      <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.6a1 1 0 0 1-.25 1z" />
    </Icon>
  );
}

export function ArrowRightIcon({ className = "h-5 w-5" }: IconProps) {
  return (
    <Icon className={className} roundJoins>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </Icon>
  );
}

export function MenuIcon({ className = "h-6 w-6" }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M4 7h16M4 12h16M4 17h16" />
    </Icon>
  );
}

export function ChevronDownIcon({ className = "h-5 w-5" }: IconProps) {
  return (
    <Icon className={className} roundJoins>
      <path d="m6 9 6 6 6-6" />
    </Icon>
  );
}

export function SearchIcon({ className = "h-5 w-5" }: IconProps) {
  return (
    <Icon className={className}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5" />
    </Icon>
  );
}

/** Two linked circles: the logo mark ("samen"). */
export function LogoMark({ className = "h-9 w-9" }: IconProps) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 40 40" className={className}>
      <circle cx="15" cy="20" r="11" fill="none" stroke="currentColor" strokeWidth="4" />
      <circle cx="25" cy="20" r="11" fill="none" stroke="#b3261e" strokeWidth="4" />
    </svg>
  );
}
