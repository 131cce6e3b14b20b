// The form for one entry (inline in the list, and in the "add entry" dialog): English name and aliases,
// kind, the Hebrew spellings by status, a note. Hebrew fields are right-to-left, English left-to-right,
// whatever the UI language (LESSONS.md 1).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryKind } from '../../shared/glossary/model';
import type { EntryFields } from './entry-form';

export const kinds: readonly EntryKind[] = ['person', 'place', 'organisation', 'term'];

interface EntryEditorProps {
  readonly initial: EntryFields;
  readonly onSave: (fields: EntryFields) => void;
  readonly onCancel: () => void;
  readonly error?: string | null;
}

export function EntryEditor({ initial, onSave, onCancel, error }: EntryEditorProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial);
  const field = (name: keyof EntryFields, dir: 'ltr' | 'rtl', lang: 'en' | 'he', multiline = false) => {
    const props = {
      value: fields[name],
      dir,
      lang,
      'data-testid': `entry-${name}`,
      onChange: (e: { target: { value: string } }) => setFields({ ...fields, [name]: e.target.value }),
    };
    return (
      <label className="entry-field">
        <span>{t(`glossary:field-${name}`)}</span>
        {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
      </label>
    );
  };
  return (
    <form
      className="entry-editor"
      data-testid="entry-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(fields);
      }}
    >
      {field('english', 'ltr', 'en')}
      {field('aliases', 'ltr', 'en')}
      <label className="entry-field">
        <span>{t('glossary:field-kind')}</span>
        <select
          value={fields.kind}
          data-testid="entry-kind"
          onChange={(e) => setFields({ ...fields, kind: e.target.value as EntryKind })}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`glossary:kind-${k}`)}
            </option>
          ))}
        </select>
      </label>
      {field('preferred', 'rtl', 'he')}
      {field('admitted', 'rtl', 'he')}
      {field('deprecated', 'rtl', 'he')}
      {field('note', 'ltr', 'en', true)}
      <p className="entry-hint">{t('glossary:listHint')}</p>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="submit" className="primary" data-testid="entry-save">
          {t('glossary:save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('glossary:cancel')}
        </button>
      </div>
    </form>
  );
}
