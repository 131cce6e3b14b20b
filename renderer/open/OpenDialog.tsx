// Opening a pair: choose the English and the Hebrew file (a native dialog in Electron, the workspace
// picker on the web host), take one from Open Recent, or paste both texts.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';
import type { RecentFile } from '../../shared/contract/files';
import { hostKind } from '../api/client';
import type { PairTexts } from '../shell/session';
import { FilePicker } from './FilePicker';
import { languageOf } from './read-dropped';

interface OpenDialogProps {
  readonly api: Client;
  readonly onOpen: (texts: PairTexts) => void;
  readonly onClose: () => void;
}

interface Loaded {
  readonly name: string;
  readonly text: string;
}

type Slot = 'source' | 'target';

export function OpenDialog({ api, onOpen, onClose }: OpenDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [mode, setMode] = useState<'files' | 'paste'>('files');
  const [files, setFiles] = useState<Partial<Record<Slot, Loaded>>>({});
  const [picking, setPicking] = useState<Slot | null>(null);
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState({ source: '', target: '' });

  useEffect(() => {
    dialog.current?.showModal();
    void api['files.recent']({}).then((r) => r.ok && setRecent(r.value));
  }, [api]);

  const load = async (path: string, slot?: Slot) => {
    setPicking(null);
    const result = await api['files.open']({ path });
    if (!result.ok) {
      setError(t(result.error.messageKey, result.error.params));
      return;
    }
    setError(null);
    const { name, text } = result.value;
    const side = slot ?? (languageOf(text) === 'he' ? 'target' : 'source');
    setFiles((f) => ({ ...f, [side]: { name, text } }));
  };

  const choose = async (slot: Slot) => {
    if (hostKind() === 'web') {
      setPicking(slot);
      return;
    }
    const result = await api['files.showOpenDialog']({ kind: 'document' });
    if (result.ok && result.value.path) await load(result.value.path, slot);
    else if (!result.ok) setError(t(result.error.messageKey, result.error.params));
  };

  const submit = () => {
    if (mode === 'paste') {
      onOpen({
        sourceName: t('editor:pastedSource'),
        targetName: t('editor:pastedTarget'),
        sourceText: pasted.source,
        targetText: pasted.target,
      });
    } else if (files.source && files.target) {
      onOpen({
        sourceName: files.source.name,
        targetName: files.target.name,
        sourceText: files.source.text,
        targetText: files.target.text,
      });
    } else return;
    onClose();
  };
  const ready =
    mode === 'paste'
      ? pasted.source.trim() !== '' && pasted.target.trim() !== ''
      : !!(files.source && files.target);

  return (
    <dialog
      ref={dialog}
      className="open-dialog"
      aria-labelledby="open-title"
      data-testid="open-dialog"
      onClose={onClose}
    >
      <h2 id="open-title">{t('editor:openPair')}</h2>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={mode === 'files'} onClick={() => setMode('files')}>
          {t('editor:fromFiles')}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'paste'}
          onClick={() => setMode('paste')}
          data-testid="paste-tab"
        >
          {t('editor:pasteText')}
        </button>
      </div>
      {error && (
        <p className="banner banner-error" role="alert" data-testid="open-error">
          {error}
        </p>
      )}
      {mode === 'files' ? (
        <div className="open-files">
          {(['source', 'target'] as const).map((slot) => (
            <div key={slot} className="slot">
              <span className="slot-label">
                {t(slot === 'source' ? 'editor:englishFile' : 'editor:hebrewFile')}
              </span>
              <bdi className="slot-name" data-testid={`${slot}-file`}>
                {files[slot]?.name ?? t('editor:noFileChosen')}
              </bdi>
              <button type="button" onClick={() => void choose(slot)} data-testid={`choose-${slot}`}>
                {t('editor:chooseFile')}
              </button>
            </div>
          ))}
          {picking && (
            <FilePicker api={api} onPick={(p) => void load(p, picking)} onCancel={() => setPicking(null)} />
          )}
          {recent.length > 0 && (
            <section className="recent">
              <h3>{t('editor:openRecent')}</h3>
              <ul>
                {recent.map((r) => (
                  <li key={r.path}>
                    <button type="button" onClick={() => void load(r.path)} data-testid="recent-file">
                      <bdi>{r.name}</bdi>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      ) : (
        <div className="open-paste">
          <label>
            {t('editor:englishText')}
            <textarea
              lang="en"
              dir="ltr"
              rows={8}
              value={pasted.source}
              onChange={(e) => setPasted({ ...pasted, source: e.target.value })}
              data-testid="paste-source"
            />
          </label>
          <label>
            {t('editor:hebrewText')}
            <textarea
              lang="he"
              dir="rtl"
              rows={8}
              value={pasted.target}
              onChange={(e) => setPasted({ ...pasted, target: e.target.value })}
              data-testid="paste-target"
            />
          </label>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={!ready} onClick={submit} data-testid="open-pair">
          {t('editor:openPair')}
        </button>
        <button type="button" onClick={onClose}>
          {t('editor:cancel')}
        </button>
      </div>
    </dialog>
  );
}
