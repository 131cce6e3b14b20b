// The web host's stand-in for a native open dialog: browses the workspace folder the host was started
// with (files.list), one directory at a time, and answers a workspace-relative path.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';
import type { DirectoryListing } from '../../shared/contract/files';

interface FilePickerProps {
  readonly api: Client;
  readonly onPick: (path: string) => void;
  readonly onCancel: () => void;
}

export function FilePicker({ api, onPick, onCancel }: FilePickerProps) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api['files.list']({ path }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setListing(result.value);
        setError(null);
      } else setError(t(result.error.messageKey, result.error.params));
    });
    return () => {
      live = false;
    };
  }, [api, path, t]);
  return (
    <div className="file-picker" data-testid="file-picker">
      <p className="picker-path">
        <bdi dir="ltr">/{listing?.path ?? path}</bdi>
      </p>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <ul className="picker-list">
        {listing?.parent !== undefined && (
          <li>
            <button type="button" onClick={() => setPath(listing.parent ?? '')}>
              ⬑ {t('editor:parentFolder')}
            </button>
          </li>
        )}
        {listing?.entries.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              data-testid="picker-entry"
              onClick={() => (entry.kind === 'directory' ? setPath(entry.path) : onPick(entry.path))}
            >
              {entry.kind === 'directory' ? '📁 ' : '📄 '}
              <bdi>{entry.name}</bdi>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCancel}>
        {t('editor:cancel')}
      </button>
    </div>
  );
}
