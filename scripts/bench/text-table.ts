/** Plain-text tables for the benchmarks' output: first column left-aligned, the rest right-aligned. */
function formatRow(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
    .join("  ")
    .trimEnd();
}

export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]?.length ?? 0)));
  console.log(formatRow(header, widths));
  for (const row of rows) console.log(formatRow(row, widths));
}
