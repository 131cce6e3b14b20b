// Export: choose a format, choose where, and the Node side builds and writes the file (export.write,
// the same builders as the export CLI).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';
// The format list only: build-export pulls the DOCX/XML builders (Node-only xmlbuilder2) into the bundle.
import { exportFormats, type ExportFormat } from '../../shared/formats/export-formats';
import type { Project } from '../../shared/project/project-file';
import type { UiLanguage } from '../../shared/i18n/resources';
import { ModalDialog } from './ModalDialog';
import { nativePath, usesNativeDialogs } from './PathChooser';

const extensionOf: Readonly<Record<ExportFormat, string>> = {
  docx: '.docx',
  'docx-clean': '.docx',
  txt: '.txt',
  xliff: '.xliff',
  tmx: '.tmx',
  html: '.html',
  csv: '.csv',
};

export interface ExportDialogProps {
  readonly api: Client;
  readonly project: () => Project;
  /** The file name to start from, without extension. */
  readonly baseName: string;
  readonly language: UiLanguage;
  readonly onClose: () => void;
}

export function ExportDialog({ api, project, baseName, language, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const suffix = format === 'docx' ? '.tracked' : format === 'html' || format === 'csv' ? '.report' : '';
  const [path, setPath] = useState<string | null>(null);
  const defaultName = `${baseName}${suffix}${extensionOf[format]}`;
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    const target = usesNativeDialogs()
      ? await nativePath(api, 'save', 'export', defaultName)
      : (path ?? defaultName);
    if (!target) return;
    const result = await api['export.write']({ path: target, format, project: project(), language });
    setStatus(
      result.ok
        ? { ok: true, text: t('review:exported', { path: result.value.path }) }
        : { ok: false, text: t(result.error.messageKey, result.error.params) },
    );
  };

  return (
    <ModalDialog title={t('review:exportTitle')} testId="export-dialog" onClose={onClose}>
      <fieldset className="export-formats">
        <legend>{t('review:exportFormat')}</legend>
        {exportFormats.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="export-format"
              value={f}
              checked={format === f}
              onChange={() => {
                setFormat(f);
                setPath(null);
                setStatus(null);
              }}
              data-testid={`export-format-${f}`}
            />{' '}
            {t(`review:format-${f}`)}
          </label>
        ))}
      </fieldset>
      {!usesNativeDialogs() && (
        <label className="path-field">
          {t('review:workspacePath')}
          <input
            dir="ltr"
            value={path ?? defaultName}
            onChange={(e) => setPath(e.target.value)}
            data-testid="export-path"
          />
        </label>
      )}
      {status && (
        <p
          className={`banner ${status.ok ? 'banner-ok' : 'banner-error'}`}
          role="status"
          data-testid="export-status"
        >
          <bdi>{status.text}</bdi>
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={() => void run()} data-testid="export-run">
          {t('review:exportRun')}
        </button>
        <button type="button" onClick={onClose} data-testid="export-close">
          {t('review:close')}
        </button>
      </div>
    </ModalDialog>
  );
}
