// Between the editor's review state (renderer/state) and the project file (shared/project): what is
// saved is exactly what the reviewer sees, and opening a project gives the same state back.
import { newProject, type Project } from '../../shared/project/project-file';
import type { ReviewComment as ProjectComment } from '../../shared/project/comment';
import type { Decisions, ReviewComment, ReviewState } from '../state/review-state';

/** What the session remembers about the project besides the editor state. */
export interface ProjectOrigin {
  readonly sourceName: string;
  readonly targetName: string;
  /** The translation as delivered, paragraph by paragraph: the diff's and the tracked changes' ORIGINAL. */
  readonly original: readonly string[];
  readonly glossaries: readonly string[];
  /** When each comment was first written, by id (the editor's comments do not carry it). */
  readonly commentTimes: Readonly<Record<string, string>>;
}

/** One paragraph per line, as paragraphsFromText reads them back. */
const joinParagraphs = (paragraphs: readonly string[]) =>
  paragraphs.length ? `${paragraphs.join('\n')}\n` : '';

function toProjectComment(comment: ReviewComment, author: string, createdAt: string): ProjectComment {
  return {
    id: comment.id,
    paragraph: comment.anchor.paragraph,
    start: comment.anchor.start,
    end: comment.anchor.end,
    text: comment.text,
    author,
    createdAt,
    quote: comment.quote,
    resolved: comment.resolved,
    ...(comment.fingerprint ? { fingerprint: comment.fingerprint } : {}),
  };
}

export function projectFromState(
  origin: ProjectOrigin,
  state: ReviewState,
  author: string,
  now: string,
): Project {
  return {
    ...newProject(
      { text: joinParagraphs(state.source), path: origin.sourceName },
      { text: joinParagraphs(origin.original), path: origin.targetName },
      now,
    ),
    current: joinParagraphs(state.target),
    ignored: [...state.ignored],
    ignoredOnce: [...state.ignoredOnce],
    comments: state.comments.map((c) => toProjectComment(c, author, origin.commentTimes[c.id] ?? now)),
    reviewed: state.reviewed.flatMap((r, i) => (r ? [i] : [])),
    glossaries: [...origin.glossaries],
  };
}

const lines = (text: string) => text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');

export interface OpenedState {
  readonly origin: ProjectOrigin;
  readonly source: string[];
  readonly target: string[];
  readonly decisions: Decisions;
  readonly ignoredOnce: readonly string[];
}

export function stateFromProject(project: Project): OpenedState {
  const target = lines(project.current);
  return {
    origin: {
      sourceName: project.source.path ?? '',
      targetName: project.original.path ?? '',
      original: lines(project.original.text),
      glossaries: project.glossaries,
      commentTimes: Object.fromEntries(project.comments.map((c) => [c.id, c.createdAt])),
    },
    source: lines(project.source.text),
    target,
    decisions: {
      ignored: project.ignored,
      comments: project.comments.map((c) => ({
        id: c.id,
        anchor: { paragraph: c.paragraph, start: c.start, end: c.end },
        quote: c.quote ?? '',
        text: c.text,
        resolved: c.resolved ?? false,
        ...(c.fingerprint ? { fingerprint: c.fingerprint } : {}),
      })),
      reviewed: target.map((_, i) => project.reviewed.includes(i)),
    },
    ignoredOnce: project.ignoredOnce,
  };
}
