// The renderer's side of the glossary: the state the Node side answers (all glossaries), kept current by
// the `glossary-changed` event, and the combined glossary (personal entries win over a file's with the
// same id) that the view matches the text at the caret against.
import type { Client } from '../api/client';
import type { AppError, CallResult } from '../../shared/contract/define';
import type { GlossaryImportResult, GlossaryState } from '../../shared/contract/glossary';
import { personalGlossaryId } from '../../shared/contract/glossary';
import type { Glossary, GlossaryEntry } from '../../shared/glossary/model';
import type { ImportReport } from '../../shared/glossary/import-report';
import { combineGlossaries } from '../../shared/glossary/combine';

export interface GlossarySnapshot {
  readonly state: GlossaryState | null;
  readonly error: AppError | null;
  /** The last import's report, until dismissed. */
  readonly report: ImportReport | null;
  /** The combined glossary the engine checks against. */
  readonly combined: Glossary;
  /** The glossary the view shows; kept here so it survives the panel being switched away from. */
  readonly selected: string;
}

type Listener = () => void;

export class GlossaryClient {
  private snapshot: GlossarySnapshot = {
    state: null,
    error: null,
    report: null,
    combined: { entries: [] },
    selected: personalGlossaryId,
  };
  private readonly listeners = new Set<Listener>();

  constructor(private readonly api: Client) {}

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): GlossarySnapshot => this.snapshot;

  start(): () => void {
    void this.refresh();
    return this.api.on('glossary-changed', ({ revision }) => {
      if (revision > (this.snapshot.state?.revision ?? -1)) void this.refresh();
    });
  }

  async refresh(): Promise<void> {
    this.take(await this.api['glossary.list']({}));
  }

  upsert(source: string, entry: GlossaryEntry, index?: number) {
    return this.take(
      this.api['glossary.upsert']({ source, entry, ...(index !== undefined ? { index } : {}) }),
    );
  }
  delete(source: string, id: string) {
    return this.take(this.api['glossary.delete']({ source, id }));
  }
  mergeEntries(source: string, keep: string, remove: string) {
    return this.take(this.api['glossary.mergeEntries']({ source, keep, remove }));
  }
  save(source: string) {
    return this.take(this.api['glossary.save']({ source }));
  }
  async close(source: string): Promise<boolean> {
    const ok = await this.take(this.api['glossary.close']({ source }));
    if (ok && this.snapshot.selected === source) this.select(personalGlossaryId);
    return ok;
  }
  resolveConflict(source: string, id: string, choice: GlossaryEntry | null) {
    return this.take(this.api['glossary.resolveConflict']({ source, id, choice }));
  }
  /** Opens a glossary file and shows it. */
  async open(path: string): Promise<boolean> {
    const ok = await this.takeImport(this.api['glossary.open']({ path }));
    const opened = this.snapshot.state?.sources.find(
      (s) => s.path !== null && (s.path === path || s.path.endsWith(path)),
    );
    if (ok && opened) this.select(opened.id);
    return ok;
  }

  select(source: string): void {
    this.set({ selected: source });
  }
  importFile(source: string, path: string) {
    return this.takeImport(this.api['glossary.import']({ source, path }));
  }
  importStarter(source: string = personalGlossaryId) {
    return this.takeImport(this.api['glossary.importStarter']({ source }));
  }
  async export(source: string, path: string, format: 'tbx' | 'csv'): Promise<boolean> {
    const result = await this.api['glossary.export']({ source, path, format });
    this.set({ error: result.ok ? null : result.error });
    return result.ok;
  }

  dismiss(): void {
    this.set({ error: null, report: null });
  }

  private async take(
    pending: Promise<CallResult<GlossaryState>> | CallResult<GlossaryState>,
  ): Promise<boolean> {
    const result = await pending;
    if (result.ok) this.setState(result.value);
    else this.set({ error: result.error });
    return result.ok;
  }

  private async takeImport(pending: Promise<CallResult<GlossaryImportResult>>): Promise<boolean> {
    const result = await pending;
    if (!result.ok) {
      this.set({ error: result.error });
      return false;
    }
    this.set({ report: result.value.report });
    this.setState(result.value.state);
    return true;
  }

  private setState(state: GlossaryState): void {
    // Answers can arrive out of order (an event-driven refresh and a call's answer): keep the newest.
    if (this.snapshot.state && state.revision < this.snapshot.state.revision) return;
    const changed = this.snapshot.state?.revision !== state.revision || !this.snapshot.state;
    const combined = changed
      ? combineGlossaries(state.sources.map((s) => s.glossary))
      : this.snapshot.combined;
    this.set({ state, error: null, combined });
  }

  private set(patch: Partial<GlossarySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
