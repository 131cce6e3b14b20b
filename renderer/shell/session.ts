// Opening a pair into the review store: text → paragraphs, the pair's key, and the decisions saved for
// it last time (restored without an undo step: they are where the reviewer left off, not an edit).
import { paragraphsFromText } from '../../shared/model/document';
import { pairKey } from '../state/pair-key';
import { ReviewStore } from '../state/review-store';
import { loadDecisions } from '../state/decisions-storage';

export interface PairTexts {
  readonly sourceName: string;
  readonly targetName: string;
  readonly sourceText: string;
  readonly targetText: string;
}

export function openPair(store: ReviewStore | null, texts: PairTexts): ReviewStore {
  const source = paragraphsFromText(texts.sourceText).map((p) => p.text);
  const target = paragraphsFromText(texts.targetText).map((p) => p.text);
  const pair = { sourceName: texts.sourceName, targetName: texts.targetName, key: pairKey(source, target) };
  const next = store ?? new ReviewStore(pair, source, target);
  if (store) store.replace(pair, source, target);
  const decisions = loadDecisions(pair.key);
  if (decisions) next.dispatch([{ type: 'restore-decisions', decisions }], { addToHistory: false });
  return next;
}
