// Issue 7 "Faults": the process is SIGKILLed at random moments while it saves a project, autosaves,
// writes the personal glossary and exports a DOCX (kill-writer.ts), 120 times, aimed at each step in
// turn. After every kill each file on disk is complete and parses, and holds the last acknowledged
// version or the one in flight: nothing acknowledged is lost, nothing is half-written (LESSONS.md 5).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTbx } from '../../shared/glossary/tbx';
import { decodeProject, parseProject } from '../../shared/project/project-codec';

const here = fileURLToPath(new URL('.', import.meta.url));
export const killRuns = 120;
const kinds = ['project', 'recovery', 'glossary', 'export'] as const;
type Kind = (typeof kinds)[number];

let dir: string;
afterAll(() => rm(dir, { recursive: true, force: true }));

function bundleWriter(out: string): string {
  const file = join(out, 'kill-writer.mjs');
  // Bundled once, so every run starts plain `node` (fast) rather than a TypeScript loader.
  buildSync({
    entryPoints: [join(here, 'kill-writer.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return file;
}

interface Run {
  /** The last acknowledged version of each kind. */
  readonly acked: Partial<Record<Kind, number>>;
  /** True when the kill landed after the aimed step began and before it was acknowledged. */
  readonly midStep: boolean;
}

/**
 * Starts the writer and kills it a random 0–8 ms after it announces the aimed step, so every step is
 * hit (a kill at a random time alone lands mostly in the slowest step, the DOCX export).
 */
function runAndKill(script: string, start: number, aim: Kind): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dir, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let aimed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!aimed && output.includes(`start ${aim} `)) {
        aimed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 8);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself: ${errors}`));
      const acked: Partial<Record<Kind, number>> = {};
      for (const [, kind, n] of output.matchAll(/^(\w+) (\d+)$/gm)) acked[kind as Kind] = Number(n);
      const begun = [...output.matchAll(new RegExp(`^start ${aim} (\\d+)$`, 'gm'))].at(-1)?.[1];
      resolve({ acked, midStep: begun !== undefined && acked[aim] !== Number(begun) });
    });
  });
}

const versionOf = (text: string) => Number(/v(\d+)$/.exec(text)?.[1] ?? Number.NaN);

/** The version each file on disk holds, after checking that it is whole; undefined when never written. */
async function versionsOnDisk(): Promise<Partial<Record<Kind, number>>> {
  const read = (name: string) => readFile(join(dir, name)).catch(() => undefined);
  const found: Partial<Record<Kind, number>> = {};
  const project = await read('review.nusach');
  if (project) {
    const parsed = parseProject(project.toString('utf8'));
    expect(parsed.ok, 'project file parses').toBe(true);
    if (parsed.ok) found.project = versionOf(parsed.value.current);
  }
  const recovery = await read(join('recovery', 'project.json'));
  if (recovery) {
    const parsed = decodeProject((JSON.parse(recovery.toString('utf8')) as { project: unknown }).project);
    expect(parsed.ok, 'recovery file parses').toBe(true);
    if (parsed.ok) found.recovery = versionOf(parsed.value.current);
  }
  const glossary = await read('personal.tbx');
  if (glossary) {
    const { glossary: parsed, problems } = parseTbx(glossary.toString('utf8'));
    expect(problems, 'glossary parses without problems').toEqual([]);
    found.glossary = versionOf(parsed.entries.find((e) => e.id === 'marker')?.note ?? '');
  }
  const docx = await read('export.docx');
  if (docx) {
    const zip = await JSZip.loadAsync(docx, { checkCRC32: true });
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    found.export = Number([...xml.matchAll(/v(\d+)</g)].at(-1)?.[1] ?? Number.NaN);
  }
  return found;
}

describe('SIGKILL during save, autosave, glossary write and export', () => {
  it(`every file is whole and nothing acknowledged is lost, in ${killRuns} killed runs`, async () => {
    dir = await mkdtemp(join(tmpdir(), 'nusach-kill-'));
    const script = bundleWriter(dir);
    const hitMidStep = new Map<Kind, number>(kinds.map((kind) => [kind, 0]));
    let next = 1;
    const started = Date.now();
    for (let run = 0; run < killRuns; run++) {
      const aim = kinds[run % kinds.length] as Kind;
      const { acked, midStep } = await runAndKill(script, next, aim);
      if (midStep) hitMidStep.set(aim, (hitMidStep.get(aim) ?? 0) + 1);
      const onDisk = await versionsOnDisk();
      for (const kind of kinds) {
        const ack = acked[kind];
        const disk = onDisk[kind];
        if (ack !== undefined) {
          // The acknowledged version or the next one (written, killed before it could say so).
          expect([ack, ack + 1], `run ${run}: ${kind} on disk v${disk}, acknowledged v${ack}`).toContain(
            disk,
          );
        }
        if (disk !== undefined) expect(Number.isInteger(disk), `run ${run}: ${kind} version`).toBe(true);
      }
      next = Math.max(next, ...Object.values(onDisk).filter((n) => Number.isInteger(n)), 0) + 1;
    }
    // Every step was interrupted mid-write at least once, not only the slowest one.
    for (const [kind, hits] of hitMidStep) expect(hits, `kills inside ${kind}`).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(240_000);
    // Temp files left by a kill never take a real file's name.
    const names = await readdir(dir);
    expect(names.filter((n) => !n.startsWith('.') && !n.endsWith('.mjs')).sort()).toEqual(
      ['export.docx', 'personal.tbx', 'recovery', 'review.nusach'].filter((n) => names.includes(n)),
    );
    expect((await stat(join(dir, 'review.nusach'))).size).toBeGreaterThan(0);
  }, 300_000);
});
