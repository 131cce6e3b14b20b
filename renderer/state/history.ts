// Document-wide undo/redo over ReviewState snapshots. Every transaction is one step, so a bulk fix
// (a cluster resolved in 40 paragraphs) undoes at once; consecutive typing in one paragraph joins the
// previous step when it arrives within `joinWindowMs`, like CodeMirror's history `newGroupDelay`.
import { applySteps, type ReviewState, type Step } from './review-state';

export interface Transaction {
  readonly steps: readonly Step[];
  /** Typing in one paragraph: joins the previous transaction with the same key inside the window. */
  readonly joinKey?: string;
  /** When it happened (ms); only compared with the previous transaction's time. */
  readonly time: number;
  /** Not undoable (e.g. restoring saved decisions on open). */
  readonly addToHistory?: boolean;
}

export interface History {
  readonly present: ReviewState;
  readonly done: readonly ReviewState[];
  readonly undone: readonly ReviewState[];
  readonly lastJoinKey?: string;
  readonly lastTime: number;
}

const joinWindowMs = 700;
const maxDepth = 300;

export function createHistory(state: ReviewState): History {
  return { present: state, done: [], undone: [], lastTime: 0 };
}

export function dispatch(history: History, tr: Transaction): History {
  const next = applySteps(history.present, tr.steps);
  if (next === history.present) return history;
  if (tr.addToHistory === false) return { ...history, present: next };
  const join =
    tr.joinKey !== undefined &&
    tr.joinKey === history.lastJoinKey &&
    tr.time - history.lastTime < joinWindowMs &&
    history.done.length > 0;
  return {
    present: next,
    done: join ? history.done : [...history.done, history.present].slice(-maxDepth),
    undone: [],
    lastJoinKey: tr.joinKey,
    lastTime: tr.time,
  };
}

export function undo(history: History): History {
  const previous = history.done[history.done.length - 1];
  if (previous === undefined) return history;
  return {
    present: previous,
    done: history.done.slice(0, -1),
    undone: [...history.undone, history.present],
    lastTime: 0,
  };
}

export function redo(history: History): History {
  const next = history.undone[history.undone.length - 1];
  if (next === undefined) return history;
  return {
    present: next,
    done: [...history.done, history.present],
    undone: history.undone.slice(0, -1),
    lastTime: 0,
  };
}

export const canUndo = (h: History): boolean => h.done.length > 0;
export const canRedo = (h: History): boolean => h.undone.length > 0;
