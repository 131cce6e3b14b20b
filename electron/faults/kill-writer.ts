// The child process of kill-during-save.test.ts: the app's own write paths, in a loop, each version
// numbered — project save (writeProjectFile), autosave (the recovery store), a personal-glossary edit
// (GlossaryStore writes the whole TBX) and a DOCX export (the export command). Before each write it
// prints "start <kind> <n>" (so the parent can aim its kill at a step), after it "<kind> <n>" (so the
// parent knows which versions were acknowledged before the kill).
import { join } from 'node:path';
import { personalGlossaryId } from '../../shared/contract/glossary';
import { newProject } from '../../shared/project/project-file';
import { writeFileAtomic } from '../services/atomic-write';
import { createRecoveryStore } from '../services/autosave';
import { GlossaryStore } from '../services/glossary-store';
import { writeProjectFile } from '../services/project-store';
import { runExportCommand } from '../cli/export-command';

const [dir] = process.argv.slice(2) as [string];
const bodyLine = 'ראש עיריית חומס אמר כי הסיוע יגיע מחר, והמורדים נכנסו לראסטן אתמול.\n';
const body = bodyLine.repeat(3000);
// The version closes the last paragraph, so the export's two texts still pair up line by line.
const versioned = (n: number) => `${body.slice(0, -1)} v${n}`;

const ack = (kind: string, n: number) => process.stdout.write(`${kind} ${n}\n`);
const begin = (kind: string, n: number) => process.stdout.write(`start ${kind} ${n}\n`);
const store = new GlossaryStore({ personalPath: join(dir, 'personal.tbx'), user: 'kill-test', pollMs: 0 });
await store.init();
const recovery = createRecoveryStore(dir);
const start = Number(process.argv[3] ?? 1);
process.stdout.write('ready\n');

for (let n = start; ; n++) {
  const project = newProject({ text: body }, { text: body }, '2026-11-25T00:00:00Z');
  begin('project', n);
  await writeProjectFile(join(dir, 'review.nusach'), { ...project, current: versioned(n) });
  ack('project', n);
  begin('recovery', n);
  await recovery.write({ ...project, current: versioned(n) }, join(dir, 'review.nusach'));
  ack('recovery', n);
  begin('glossary', n);
  await store.upsert(personalGlossaryId, {
    id: 'marker',
    kind: 'term',
    source: ['marker'],
    terms: [{ text: 'סמן', status: 'preferred' }],
    note: `v${n}`,
  });
  ack('glossary', n);
  begin('export', n);
  const code = await runExportCommand(
    ['--original', 'original.txt', '--target', 'current.txt', '--out', join(dir, 'export.docx')],
    {
      readFile: async (path) => new TextEncoder().encode(path === 'original.txt' ? body : versioned(n)),
      writeFile: writeFileAtomic,
      identity: async () => undefined,
      stdout: () => {},
      stderr: (text) => process.stderr.write(text),
      now: () => 0,
    },
    { checkDocument: () => [], toolVersion: 'kill-test' },
  );
  if (code !== 0) process.exit(3);
  ack('export', n);
}
