// Where other parts of the UI mount into the shell: side panels (glossary, review/export) and toolbar
// actions. Each part registers here from its own folder (renderer/glossary, renderer/review), so the
// shell never needs to know their insides.
import type { ReactNode } from 'react';
import type { Finding } from '../../shared/model/finding';
import type { Client } from '../api/client';
import type { ReviewStore } from '../state/review-store';

export interface ShellContext {
  readonly api: Client;
  readonly store: ReviewStore;
  /** Findings as shown (ignored ones removed). */
  readonly findings: readonly Finding[];
  /** Moves the view and the selection to a finding (an index into `findings`). */
  readonly goToFinding: (index: number) => void;
  /** Moves the view to a row. */
  readonly goToRow: (row: number) => void;
}

export interface SidePanel {
  readonly id: string;
  /** i18n key of the tab label. */
  readonly titleKey: string;
  readonly render: (context: ShellContext) => ReactNode;
}

export interface ToolbarAction {
  readonly id: string;
  readonly labelKey: string;
  readonly run: (context: ShellContext) => void;
}

export const extraPanels: SidePanel[] = [];
export const extraActions: ToolbarAction[] = [];
