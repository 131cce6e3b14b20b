// What a benchmark module exports for `npm run bench` (electron/bench/run.ts): a name and a function
// that measures and returns rows for one markdown table.
import { fileURLToPath } from 'node:url';
export interface BenchTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Notes printed under the table (machine, caveats). */
  readonly notes?: readonly string[];
}

/** The tsx command line, for the benchmarks that start a TypeScript entry point in a process of its own. */
export const TSX_CLI = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

export interface BenchModule {
  readonly name: string;
  run(): Promise<BenchTable[]>;
}

export function markdownTable(table: BenchTable): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    `### ${table.title}`,
    '',
    line(table.columns),
    line(table.columns.map(() => '---')),
    ...table.rows.map(line),
    ...(table.notes?.length ? ['', ...table.notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}
