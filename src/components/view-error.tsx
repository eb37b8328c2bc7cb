import { useTranslation } from 'react-i18next';

export function ViewError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="view-error">
      <p>{t('errors.viewCrashed', { message: error.message })}</p>
      <button type="button" onClick={retry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
