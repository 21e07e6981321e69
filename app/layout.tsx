import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tezamen tegen vereenzamen", template: "%s · Tezamen" },
  description: "Samen tegen eenzaamheid: hulp, aanbod en verhalen in je buurt.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Content comes from the database and editors publish without a rebuild.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
