// The UI language switch. Changes only the UI (and its direction); the text panes keep theirs.
import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../shared/i18n/resources';
import { isUiLanguage } from '../i18n';

export function LanguageSwitch({ onLanguage }: { readonly onLanguage: (language: UiLanguage) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('editor:uiLanguage')}</span>
      <select
        data-testid="ui-language"
        value={i18n.language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) onLanguage(event.target.value);
        }}
      >
        {uiLanguages.map((lng) => (
          // Each language is named in itself, so a user who cannot read the current UI finds theirs.
          <option key={lng} value={lng} lang={lng}>
            {t(`editor:languageName_${lng}`, { lng })}
          </option>
        ))}
      </select>
    </label>
  );
}
