// Where to save or what to open. In Electron the native dialog answers; on the web host the path is
// relative to the workspace folder: typed for a save, picked with the in-app file list for an open.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';
import type { FileKindFilter } from '../../shared/contract/files';
import { hostKind } from '../api/client';
import { FilePicker } from '../open/FilePicker';
import { ModalDialog } from './ModalDialog';

/** Electron only: the native dialog's answer, null when cancelled or unavailable. */
export async function nativePath(
  api: Client,
  mode: 'open' | 'save',
  kind: FileKindFilter,
  defaultName: string,
): Promise<string | null> {
  const result =
    mode === 'open'
      ? await api['files.showOpenDialog']({ kind })
      : await api['files.showSaveDialog']({ kind, defaultName });
  return result.ok ? result.value.path : null;
}

export const usesNativeDialogs = () => hostKind() === 'electron';

export interface WebPathDialogProps {
  readonly api: Client;
  readonly mode: 'open' | 'save';
  readonly title: string;
  readonly defaultName: string;
  readonly onChoose: (path: string) => void;
  readonly onCancel: () => void;
}

export function WebPathDialog({ api, mode, title, defaultName, onChoose, onCancel }: WebPathDialogProps) {
  const { t } = useTranslation();
  const [path, setPath] = useState(defaultName);
  return (
    <ModalDialog title={title} testId="path-dialog" onClose={onCancel}>
      {mode === 'open' ? (
        <FilePicker api={api} onPick={onChoose} onCancel={onCancel} />
      ) : (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            if (path.trim() !== '') onChoose(path.trim());
          }}
        >
          <label className="path-field">
            {t('review:workspacePath')}
            <input
              dir="ltr"
              value={path}
              onChange={(e) => setPath(e.target.value)}
              data-testid="path-input"
              autoFocus
            />
          </label>
          <div className="dialog-buttons">
            <button type="submit" data-testid="path-ok">
              {t('review:save')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('review:cancel')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
