import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <LanguageSwitch />
    </header>
  );
}
