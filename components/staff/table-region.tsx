import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its own box on a narrow screen
 * (320 px), reachable and scrollable by keyboard. `relative` keeps the
 * visually hidden texts inside the box, or they would widen the page.
 */
export function TableRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // Focusable so keyboard users can scroll it; a region with a name, so it is announced.
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}

export const thClass = "border-b-2 border-ink px-3 py-2 text-left align-bottom font-bold";
export const tdClass = "border-b border-gray-300 px-3 py-3 align-top";

/** The header cells of a table, each a column header. */
export function ColumnHeads({
  columns,
  cellClass,
}: {
  columns: readonly string[];
  cellClass: (index: number) => string;
}) {
  return columns.map((column, index) => (
    <th key={column} scope="col" className={cellClass(index)}>
      {column}
    </th>
  ));
}

/** Classes of a cell of a list table: space to the right, except after the last column. */
export const listCellClass = (last?: boolean) => (last ? "py-2" : "py-2 pr-3");
export const listRowClass = "border-b border-gray-300 align-top";

/** A list of records as a table with a hidden caption (its region's name), one row per record. */
export function ListTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <TableRegion label={caption}>
      <table className="w-full min-w-[48rem] border-collapse text-left text-base">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-ink border-b-2">
            <ColumnHeads columns={columns} cellClass={(i) => listCellClass(i === columns.length - 1)} />
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableRegion>
  );
}
