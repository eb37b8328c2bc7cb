import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../domain/language';
import { useAppState } from '../store/store-context';

export function Header() {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const setLanguage = useAppState((state) => state.setLanguage);
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div role="group" aria-label={t('language.label')} className="language-switch">
        {LANGUAGES.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            aria-pressed={language === option}
            onClick={() => setLanguage(option)}
          >
            {t(`language.${option}`)}
          </button>
        ))}
      </div>
    </header>
  );
}
