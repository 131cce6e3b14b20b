// Keeps the worker's document in step with the review state: a structural change (split, merge, another
// pair) resends the whole document, a text change sends only the changed paragraphs. At most one request
// is in flight; changes made meanwhile are coalesced into the next one, so fast typing never queues up
// stale work in the worker.
import type { Finding } from '../../shared/model/finding';
import type { Glossary } from '../../shared/glossary/model';
import type { CheckRequest, CheckResponse, FindingsDelta } from './protocol';
import { FreshFindings } from './fresh-findings';

export interface FindingsSnapshot {
  /** Findings whose text still matches the current target (stale ones are dropped, see fresh-findings.ts). */
  readonly findings: readonly Finding[];
  /** True once the worker has answered for the document as it is now. */
  readonly complete: boolean;
  /** Worker time of the last answer, ms. */
  readonly lastMs: number;
}

type Listener = () => void;

/** A check slower than this is not re-run while the reviewer types, only after `typingPauseMs` of quiet. */
const slowCheckMs = 40;
const typingPauseMs = 250;

interface Texts {
  readonly source: readonly string[];
  readonly target: readonly string[];
}

export class FindingsService {
  private readonly worker: Worker;
  private sent: Texts | undefined;
  private wanted: Texts | undefined;
  private glossary: Glossary | undefined;
  private glossaryDirty = false;
  private inFlight = false;
  private seq = 0;
  private raw: readonly Finding[] = [];
  private changedAt = 0;
  private waiting: ReturnType<typeof setTimeout> | undefined;
  private readonly held = new Map<string, Finding>();
  private readonly fresh = new FreshFindings();
  private snapshot: FindingsSnapshot = { findings: [], complete: false, lastMs: 0 };
  private readonly listeners = new Set<Listener>();

  constructor() {
    this.worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<CheckResponse>) => this.receive(event.data);
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): FindingsSnapshot => this.snapshot;

  /** The texts as they are now; sends what changed when the worker is free. */
  update(texts: Texts): void {
    // The same texts come twice for a change the shell did not type: from the store at once, and from
    // the render that follows (App.tsx). The second must not mark the findings stale again.
    const wanted = this.wanted;
    if (wanted && wanted.source === texts.source && wanted.target === texts.target) return;
    this.wanted = texts;
    this.changedAt = performance.now();
    this.publish(false);
    this.pump();
  }

  setGlossary(glossary: Glossary): void {
    this.glossary = glossary;
    this.glossaryDirty = true;
    this.pump();
  }

  dispose(): void {
    clearTimeout(this.waiting);
    this.worker.terminate();
  }

  private pump(): void {
    if (this.inFlight || this.wanted === undefined || this.waiting !== undefined) return;
    // A slow check (a long document) re-run on every keystroke would keep a core busy and starve the
    // UI thread on a small machine: then wait for a pause in typing before checking again.
    const quiet = performance.now() - this.changedAt;
    if (this.sent !== undefined && this.snapshot.lastMs > slowCheckMs && quiet < typingPauseMs) {
      this.waiting = setTimeout(() => {
        this.waiting = undefined;
        this.pump();
      }, typingPauseMs - quiet);
      return;
    }
    const request = this.nextRequest(this.wanted);
    if (request === undefined) {
      this.publish(!this.glossaryDirty);
      return;
    }
    this.inFlight = true;
    this.worker.postMessage(request);
  }

  private nextRequest(wanted: Texts): CheckRequest | undefined {
    const seq = ++this.seq;
    if (this.glossaryDirty && this.glossary && this.sent) {
      this.glossaryDirty = false;
      return { type: 'set-glossary', seq, glossary: this.glossary };
    }
    const sent = this.sent;
    this.sent = wanted;
    const structural =
      sent === undefined || sent.source !== wanted.source || sent.target.length !== wanted.target.length;
    if (structural) {
      const document = {
        source: wanted.source.map((text) => ({ text })),
        target: wanted.target.map((text) => ({ text })),
      };
      return { type: 'set-document', seq, document };
    }
    const paragraphs = [];
    for (let i = 0; i < wanted.target.length; i++) {
      const text = wanted.target[i] as string;
      if (text !== sent.target[i]) paragraphs.push({ paragraph: i, text });
    }
    if (paragraphs.length === 0) return undefined;
    return { type: 'update-target', seq, paragraphs };
  }

  private receive(response: CheckResponse): void {
    this.inFlight = false;
    if (response.type === 'findings') {
      this.raw = this.apply(response.delta);
      this.snapshot = { ...this.snapshot, lastMs: response.ms };
    } else {
      console.error('checks worker failed:', response.message);
    }
    this.publish(this.sent === this.wanted && !this.glossaryDirty);
    this.pump();
  }

  /** Applies a delta, keeping unchanged findings as the same objects (memoized views skip them). */
  private apply(delta: FindingsDelta): readonly Finding[] {
    if (delta.reset) this.held.clear();
    if (delta.added.length === 0 && delta.removed.length === 0 && !delta.reset) return this.raw;
    for (const key of delta.removed) this.held.delete(key);
    for (const [key, finding] of delta.added) this.held.set(key, finding);
    return [...this.held.values()].sort(compareFindings);
  }

  private publish(complete: boolean): void {
    const target = this.wanted?.target ?? [];
    // The same list object while no finding goes stale or holds again: every view memoized on it
    // (clusters, marks, the findings panel) is otherwise rebuilt on each keystroke.
    const findings = this.fresh.of(this.raw, target);
    if (findings === this.snapshot.findings && complete === this.snapshot.complete) return;
    this.snapshot = { findings, complete, lastMs: this.snapshot.lastMs };
    for (const listener of this.listeners) listener();
  }
}

/** Document order, as the engine sorts: paragraph, position, then check. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    a.paragraph - b.paragraph ||
    a.start - b.start ||
    a.end - b.end ||
    (a.check < b.check ? -1 : a.check > b.check ? 1 : 0)
  );
}
