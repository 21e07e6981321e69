"use client";

import { createContext, useContext, type ReactNode } from "react";

const InPublicLayout = createContext(false);

/** Marks everything below as already inside the public layout (header, main, footer). */
export function PublicLayoutMarker({ children }: { children: ReactNode }) {
  return <InPublicLayout.Provider value={true}>{children}</InPublicLayout.Provider>;
}

/** True inside the public layout. */
export function useInPublicLayout(): boolean {
  return useContext(InPublicLayout);
}
