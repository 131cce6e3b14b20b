// Drag and drop files onto the window: two files (one English, one Hebrew, told apart by script) open
// as a pair. The browser's default drop (navigating to the file) is always prevented (LESSONS 6).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairTexts } from '../shell/session';
import { languageOf, readDropped } from './read-dropped';

export function useFileDrop(open: (texts: PairTexts) => void): string | null {
  const { t } = useTranslation();
  // Kept as a key and parameters, so the message follows a change of UI language.
  const [error, setError] = useState<{
    key: string;
    params?: Readonly<Record<string, string | number>>;
  } | null>(null);
  useEffect(() => {
    const over = (event: DragEvent) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = async (event: DragEvent) => {
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length !== 2) {
        setError({ key: 'editor:dropTwoFiles' });
        return;
      }
      const read = await Promise.all(files.map(readDropped));
      const failed = read.find((r) => !r.ok);
      if (failed && !failed.ok) {
        setError({
          key: failed.error.messageKey,
          ...(failed.error.params ? { params: failed.error.params } : {}),
        });
        return;
      }
      const texts = read.flatMap((r) => (r.ok ? [r.value] : []));
      const target = texts.find((x) => languageOf(x.text) === 'he');
      const source = texts.find((x) => x !== target);
      if (!target || !source) {
        setError({ key: 'editor:dropNeedsHebrew' });
        return;
      }
      setError(null);
      open({
        sourceName: source.name,
        targetName: target.name,
        sourceText: source.text,
        targetText: target.text,
      });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [open]);
  return error ? t(error.key, error.params) : null;
}
