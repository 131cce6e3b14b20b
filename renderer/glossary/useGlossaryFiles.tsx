// Choosing files for the glossary's open, import and export: the native dialog in Electron, the
// workspace picker (open) or a typed workspace path (save) on the web host.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';
import { WebPathDialog, nativePath, usesNativeDialogs } from '../review/PathChooser';

export type FileRequest = {
  readonly mode: 'open' | 'save';
  readonly defaultName: string;
  readonly titleKey: string;
};

export function useGlossaryFiles(api: Client): {
  choose: (request: FileRequest, then: (path: string) => void) => void;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ request: FileRequest; then: (path: string) => void } | null>(null);
  const choose = (request: FileRequest, then: (path: string) => void) => {
    if (usesNativeDialogs()) {
      void nativePath(api, request.mode, 'glossary', request.defaultName).then((path) => path && then(path));
    } else setPending({ request, then });
  };
  const dialog = pending && (
    <WebPathDialog
      api={api}
      mode={pending.request.mode}
      title={t(pending.request.titleKey)}
      defaultName={pending.request.defaultName}
      onCancel={() => setPending(null)}
      onChoose={(path) => {
        setPending(null);
        pending.then(path);
      }}
    />
  );
  return { choose, dialog };
}
