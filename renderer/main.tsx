// Entry point: the UI language first (so the first paint is already in the right language and
// direction), then the demo pair requested at once, in parallel with React's first render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { initI18n, isUiLanguage } from './i18n';
import { App } from './shell/App';
import { FindingsService } from './worker/findings-service';
import { startGlossary } from './glossary/register';
import type { PairTexts } from './shell/session';
import type { UiLanguage } from '../shared/i18n/resources';
import './styles/app.css';

// The settings live on the Node side; this copy only avoids a flash of the wrong language on start.
const languageKey = 'nusach.uiLanguage';
const remembered = localStorage.getItem(languageKey);
const i18n = initI18n(isUiLanguage(remembered) ? remembered : 'en');

void api['app.settings.get']({}).then((settings) => {
  if (settings.ok && settings.value.uiLanguage !== i18n.language)
    void setLanguage(settings.value.uiLanguage, false);
});

async function setLanguage(language: UiLanguage, save = true): Promise<void> {
  localStorage.setItem(languageKey, language);
  await i18n.changeLanguage(language);
  if (save) await api['app.settings.set']({ uiLanguage: language });
}

const demo: Promise<PairTexts | null> = api['app.demo']({}).then((result) =>
  result.ok
    ? {
        sourceName: result.value.source.name,
        targetName: result.value.target.name,
        sourceText: result.value.source.text,
        targetText: result.value.target.text,
      }
    : null,
);

const service = new FindingsService();
// The glossary tab (renderer/glossary/register.tsx).
startGlossary(api);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App api={api} initial={demo} service={service} onLanguage={(language) => void setLanguage(language)} />
  </StrictMode>,
);
