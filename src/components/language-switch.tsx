import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../domain/language';
import { useAppState } from '../store/store-context';

/** English | 日本語, each named in its own language: in the header, and in the presenter's bar. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const setLanguage = useAppState((state) => state.setLanguage);
  return (
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
  );
}
