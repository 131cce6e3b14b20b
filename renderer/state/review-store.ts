// The one place the open review lives in the UI: the history of ReviewState snapshots plus the pair's
// identity. Views subscribe (useSyncExternalStore) and change it only by dispatching transactions.
import {
  canRedo,
  canUndo,
  createHistory,
  dispatch,
  redo,
  undo,
  type History,
  type Transaction,
} from './history';
import { createReviewState, type ReviewState, type Step } from './review-state';

export interface PairInfo {
  readonly sourceName: string;
  readonly targetName: string;
  /** Identifies the pair as opened (a hash of both texts): decisions are stored under it. */
  readonly key: string;
}

export interface StoreSnapshot {
  readonly pair: PairInfo;
  readonly history: History;
  readonly state: ReviewState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /**
   * The last change was typed in the paragraph editor, which already shows it: views may follow after
   * the next paint (shell/useTransitionSnapshot.ts). Every other change is drawn at once.
   */
  readonly typed: boolean;
}

type Listener = () => void;

export class ReviewStore {
  private snapshot: StoreSnapshot;
  private readonly listeners = new Set<Listener>();

  constructor(pair: PairInfo, source: readonly string[], target: readonly string[]) {
    this.snapshot = this.snap(pair, createHistory(createReviewState(source, target)));
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): StoreSnapshot => this.snapshot;

  get state(): ReviewState {
    return this.snapshot.state;
  }

  get pair(): PairInfo {
    return this.snapshot.pair;
  }

  /** Runs the steps as one undoable transaction (or joins typing, see history.ts). */
  dispatch(
    steps: readonly Step[],
    options: { joinKey?: string; addToHistory?: boolean; typed?: boolean } = {},
  ): void {
    const { typed = false, ...rest } = options;
    const tr: Transaction = { steps, time: performance.now(), ...rest };
    this.set(dispatch(this.snapshot.history, tr), typed);
  }

  undo(): void {
    this.set(undo(this.snapshot.history), false);
  }

  redo(): void {
    this.set(redo(this.snapshot.history), false);
  }

  /** Opens another pair: a new history, nothing to undo into the previous document. */
  replace(pair: PairInfo, source: readonly string[], target: readonly string[]): void {
    this.snapshot = this.snap(pair, createHistory(createReviewState(source, target)));
    this.emit();
  }

  private set(history: History, typed: boolean): void {
    if (history === this.snapshot.history) return;
    this.snapshot = this.snap(this.snapshot.pair, history, typed);
    this.emit();
  }

  private snap(pair: PairInfo, history: History, typed = false): StoreSnapshot {
    return {
      pair,
      history,
      state: history.present,
      canUndo: canUndo(history),
      canRedo: canRedo(history),
      typed,
    };
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
