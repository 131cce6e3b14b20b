// "Add to glossary" from the editor's toolbar (issue 5: "from the editor: add an entry from a selection
// in each column"). It opens the glossary's own dialog (renderer/glossary/AddEntryDialog.tsx) with the
// English prefilled from the last selection in the source column and the Hebrew from the last one in
// the target column; both are remembered as the reviewer selects (renderer/glossary/selection-memory.ts),
// since only one of them can be the live selection when the button is pressed.
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextSelection } from './selection';
import type { ReviewStore } from '../state/review-store';
import { AddEntryDialog } from '../glossary/AddEntryDialog';
import { glossaryClient } from '../glossary/register';
import { selectionMemory } from '../glossary/selection-memory';
import { useTransitionSnapshot } from '../shell/useTransitionSnapshot';
import type { GlossaryClient } from '../glossary/glossary-client';

/** The selected text, or '' when the remembered selection no longer fits the text (another pair). */
function selectedText(texts: readonly string[], selection: TextSelection | null): string {
  const text = selection ? texts[selection.paragraph] : undefined;
  if (!selection || text === undefined || selection.end > text.length) return '';
  return text.slice(selection.start, selection.end).trim();
}

export function AddToGlossary({ store }: { readonly store: ReviewStore }) {
  // Set by startGlossary (main.tsx) before the app first renders.
  const client = glossaryClient.current;
  return client ? <AddToGlossaryButton store={store} client={client} /> : null;
}

function AddToGlossaryButton({
  store,
  client,
}: {
  readonly store: ReviewStore;
  readonly client: GlossaryClient;
}) {
  const { t } = useTranslation();
  const glossary = useSyncExternalStore(client.subscribe, client.getSnapshot);
  const selections = useTransitionSnapshot(selectionMemory.subscribe, selectionMemory.getSnapshot);
  const [prefill, setPrefill] = useState<{ english: string; hebrew: string } | null>(null);
  const sources = glossary.state?.sources ?? [];
  const english = selectedText(store.state.source, selections.source);
  const hebrew = selectedText(store.state.target, selections.target);
  // The glossary the reviewer has open in the glossary tab is offered first.
  const ordered = [
    ...sources.filter((s) => s.id === glossary.selected),
    ...sources.filter((s) => s.id !== glossary.selected),
  ];
  return (
    <>
      <button
        type="button"
        data-testid="add-to-glossary"
        disabled={sources.length === 0 || (english === '' && hebrew === '')}
        title={t('editor:addToGlossaryHint')}
        onClick={() => setPrefill({ english, hebrew })}
      >
        {t('editor:addToGlossary')}
      </button>
      {prefill && (
        <AddEntryDialog
          client={client}
          sources={ordered}
          english={prefill.english}
          hebrew={prefill.hebrew}
          onClose={() => setPrefill(null)}
        />
      )}
    </>
  );
}
