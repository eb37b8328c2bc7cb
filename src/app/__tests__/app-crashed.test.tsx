import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../components/error-boundary';
import { activeModelQuery } from '../../data/model-query';
import { createI18n } from '../../i18n/i18n';
import { AppCrashed } from '../app-crashed';

describe('the app stopping', () => {
  it('shows why instead of a blank page, and goes back to the built-in data', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const queryClient = new QueryClient();
    queryClient.setQueryData(activeModelQuery.queryKey, { origin: 'custom' } as never);
    let broken = true;
    function Shell() {
      if (broken) throw new TypeError('fileName.toLowerCase is not a function');
      return <p>Dashboard</p>;
    }
    render(
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={createI18n('en')}>
          <ErrorBoundary fallback={(error, retry) => <AppCrashed error={error} retry={retry} />}>
            <Shell />
          </ErrorBoundary>
        </I18nextProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Lodestone stopped: fileName.toLowerCase is not a function',
    );
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Back to the built-in data' }));
    expect(await screen.findByText('Dashboard')).toBeVisible();
    expect(queryClient.getQueryData(activeModelQuery.queryKey)).toBeUndefined();
  });
});
