// .nusach files: everything saved comes back, hostile or broken files are refused with a reason.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseProject, serializeProject } from './project-codec';
import { migrate } from './migrations';
import { newProject, type Project } from './project-file';

const project: Project = {
  ...newProject(
    { text: 'Rastan fell.\n', path: 'article.en.txt' },
    { text: 'רסטן נפלה.\n', path: 'article.he.txt' },
    '2026-11-25T12:00:00Z',
  ),
  current: `ראסטן נפלה.\u200F \u2068HTS\u2069\r\n\nשורה`,
  ignored: ['name-variants:abc'],
  comments: [
    {
      id: 'c1',
      paragraph: 0,
      start: 0,
      end: 5,
      text: '<script>x</script>',
      author: 'Dana',
      createdAt: '2026-11-25T12:00:00Z',
    },
  ],
  reviewed: [0, 2],
  glossaries: ['names.tbx'],
};

describe('project file', () => {
  it('round-trips every field, bidi controls and line ends included', () => {
    const read = parseProject(serializeProject(project));
    expect(read).toEqual({ ok: true, value: project });
  });

  it('round-trips any current text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (current) => {
        expect(parseProject(serializeProject({ ...project, current }))).toEqual({
          ok: true,
          value: { ...project, current },
        });
      }),
    );
  });

  const refused: [string, string, string][] = [
    ['not JSON', '{"format": "nusach-project", ', 'project-not-json'],
    ['another JSON file', '{"name": "package"}', 'project-not-nusach'],
    ['a JSON array', '[]', 'project-not-nusach'],
    ['a file from a newer Nusach', JSON.stringify({ ...project, version: 99 }), 'project-too-new'],
    ['an unknown field', JSON.stringify({ ...project, extra: 1 }), 'project-invalid'],
    ['a negative paragraph', JSON.stringify({ ...project, reviewed: [-1] }), 'project-invalid'],
    ['a missing current text', JSON.stringify({ ...project, current: undefined }), 'project-invalid'],
  ];
  it.each(refused)('refuses %s', (_why, json, code) => {
    const read = parseProject(json);
    expect(read.ok ? 'accepted' : read.error.code).toBe(code);
  });
});

describe('migrations', () => {
  it('applies each step in order up to the target version', () => {
    const table = {
      1: (p: Record<string, unknown>) => ({ ...p, renamed: p.old, old: undefined }),
      2: (p: Record<string, unknown>) => ({ ...p, list: [p.renamed] }),
    };
    expect(migrate({ version: 1, old: 'x' }, table, 3)).toEqual({
      ok: true,
      project: { version: 3, renamed: 'x', old: undefined, list: ['x'] },
    });
  });

  it('says when a step is missing or the file is newer', () => {
    expect(migrate({ version: 1 }, {}, 2)).toEqual({ ok: false, reason: 'no-migration', version: 1 });
    expect(migrate({ version: 3 }, {}, 2)).toEqual({ ok: false, reason: 'too-new', version: 3 });
    expect(migrate({}, {}, 2)).toEqual({ ok: false, reason: 'no-version' });
  });
});
