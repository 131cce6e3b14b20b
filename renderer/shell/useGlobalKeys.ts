// Window-wide shortcuts: F8 / Shift+F8 (next/previous finding, as in Word's and OmegaT's review
// modes), document undo/redo, find, open. Undo/redo inside text fields stays with the field; the
// paragraph editor binds its own Ctrl+Z to the document history (ParagraphEditor.tsx).
import { useEffect } from 'react';
import { useLatest } from '../state/use-latest';

export interface GlobalCommands {
  readonly next: () => void;
  readonly previous: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly find: () => void;
  readonly open: () => void;
}

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

export function useGlobalKeys(commands: GlobalCommands): void {
  const latest = useLatest(commands);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const c = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let run: (() => void) | undefined;
      if (event.key === 'F8') run = event.shiftKey ? c.previous : c.next;
      else if (mod && key === 'f') run = c.find;
      else if (mod && key === 'o') run = c.open;
      else if (!inTextField(event.target) && mod && key === 'z') run = event.shiftKey ? c.redo : c.undo;
      else if (!inTextField(event.target) && mod && key === 'y') run = c.redo;
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest]);
}
