import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { activeModelQuery, setAsideModelQuery } from '../data/model-query';
import { setSavedModelAside } from '../data/saved-model';

/**
 * What the page shows instead of a blank one when the app itself stops: the reason, and a way back
 * to the built-in data that sets the kept model aside (not deleted) so that it cannot stop the
 * app again on the next visit.
 */
export function AppCrashed({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const backToBuiltIn = async () => {
    await setSavedModelAside('crashed').catch(() => {});
    await queryClient.resetQueries({ queryKey: activeModelQuery.queryKey });
    await queryClient.resetQueries({ queryKey: setAsideModelQuery.queryKey });
    retry();
  };
  return (
    <main id="main" role="alert" className="model-problems">
      <p>{t('errors.appCrashed', { message: error.message })}</p>
      <button type="button" onClick={() => void backToBuiltIn()}>
        {t('data.backToBuiltIn')}
      </button>
    </main>
  );
}
