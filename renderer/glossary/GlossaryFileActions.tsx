// The glossary's file actions: import (TBX or CSV), export (TBX or CSV), open a TBX file alongside the
// personal glossary, save or close an opened file, and add the starter names.
import { useTranslation } from 'react-i18next';
import type { GlossarySource } from '../../shared/contract/glossary';
import { csvColumns } from '../../shared/glossary/csv';
import type { GlossaryClient } from './glossary-client';
import type { useGlossaryFiles } from './useGlossaryFiles';

interface GlossaryFileActionsProps {
  readonly client: GlossaryClient;
  readonly source: GlossarySource;
  readonly files: ReturnType<typeof useGlossaryFiles>;
  /** Close the opened file (the panel asks first when it has unsaved changes). */
  readonly onClose: () => void;
}

export function GlossaryFileActions({ client, source, files, onClose }: GlossaryFileActionsProps) {
  const { t } = useTranslation();
  // TBX-Basic's body holds one or more entries (TBXcoreStructV03 RNG): an empty file is invalid.
  const noTbx = source.glossary.entries.length === 0;
  return (
    <>
      <button
        type="button"
        data-testid="glossary-import"
        title={t('glossary:importHint', { columns: csvColumns.join(',') })}
        onClick={() =>
          files.choose(
            { mode: 'open', defaultName: '', titleKey: 'glossary:importTitle' },
            (path) => void client.importFile(source.id, path),
          )
        }
      >
        {t('glossary:import')}
      </button>
      {(['tbx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          data-testid={`glossary-export-${format}`}
          disabled={format === 'tbx' && noTbx}
          title={format === 'tbx' && noTbx ? t('glossary:exportTbxEmpty') : undefined}
          onClick={() =>
            files.choose(
              { mode: 'save', defaultName: `glossary.${format}`, titleKey: 'glossary:exportTitle' },
              (path) => void client.export(source.id, path, format),
            )
          }
        >
          {t(`glossary:export-${format}`)}
        </button>
      ))}
      <button
        type="button"
        data-testid="glossary-open"
        onClick={() =>
          files.choose(
            { mode: 'open', defaultName: '', titleKey: 'glossary:openTitle' },
            (path) => void client.open(path),
          )
        }
      >
        {t('glossary:openFile')}
      </button>
      {source.path !== null && (
        <>
          <button
            type="button"
            className={source.dirty ? 'primary' : ''}
            disabled={!source.dirty}
            onClick={() => void client.save(source.id)}
            data-testid="glossary-save"
          >
            {t('glossary:saveFile')}
          </button>
          <button type="button" data-testid="glossary-close-file" onClick={onClose}>
            {t('glossary:closeFile')}
          </button>
        </>
      )}
      <button
        type="button"
        onClick={() => void client.importStarter(source.id)}
        data-testid="glossary-starter"
      >
        {t('glossary:starter')}
      </button>
    </>
  );
}
