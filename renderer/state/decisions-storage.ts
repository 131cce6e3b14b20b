// Keeps the reviewer's decisions (ignore always, comments, reviewed marks) with the document: stored
// under the pair's key, so reopening the same pair, or reloading the page, brings them back. The
// contract has no call for per-document review data yet (project files belong to the export work), so
// they live in the renderer's localStorage, which both Electron and the web host keep per origin.
import type { Decisions, ReviewComment } from './review-state';

const prefix = 'nusach.decisions.';

export function loadDecisions(key: string, storage: Storage = localStorage): Decisions | null {
  const raw = storage.getItem(prefix + key);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof Decisions, unknown>>;
    return {
      ignored: stringList(value.ignored),
      comments: Array.isArray(value.comments) ? value.comments.filter(isComment) : [],
      reviewed: Array.isArray(value.reviewed) ? value.reviewed.map((r) => r === true) : [],
    };
  } catch {
    return null;
  }
}

export function saveDecisions(key: string, decisions: Decisions, storage: Storage = localStorage): void {
  const { ignored, comments, reviewed } = decisions;
  try {
    storage.setItem(prefix + key, JSON.stringify({ ignored, comments, reviewed }));
  } catch (error) {
    // Quota exceeded or storage disabled: the session goes on; nothing the reviewer can act on.
    console.warn('could not keep review decisions', error);
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isComment(value: unknown): value is ReviewComment {
  const c = value as ReviewComment;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.id === 'string' &&
    typeof c.text === 'string' &&
    typeof c.anchor?.paragraph === 'number' &&
    typeof c.anchor.start === 'number' &&
    typeof c.anchor.end === 'number'
  );
}
