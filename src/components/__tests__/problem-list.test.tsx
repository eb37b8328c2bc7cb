import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ModelProblem } from '../../domain/validate-model';
import type { Language } from '../../domain/language';
import { createI18n } from '../../i18n/i18n';
import { createAppStore } from '../../store/app-store';
import { AppStoreContext } from '../../store/store-context';
import { ProblemList } from '../problem-list';

const problems: ModelProblem[] = Array.from({ length: 100 }, (_, index) => ({
  path: `supply[${index}].status`,
  kind: 'shape',
  message: 'Invalid option',
}));

function renderList(language: Language, unlisted?: number) {
  render(
    <AppStoreContext.Provider value={createAppStore(`?lang=${language}`)}>
      <I18nextProvider i18n={createI18n(language)}>
        <ProblemList problems={problems} unlisted={unlisted} />
      </I18nextProvider>
    </AppStoreContext.Provider>,
  );
}

describe('ProblemList', () => {
  it('says the count is a floor when the reader stopped listing', () => {
    renderList('en', 129_950);
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('Showing 10 of at least 130,050 problems.')).toBeVisible();
  });

  it('says so in Japanese too', () => {
    renderList('ja', 129_950);
    expect(screen.getByText('少なくとも130,050件の問題のうち10件を表示しています。')).toBeVisible();
  });

  it('gives the exact count when every problem was listed', () => {
    renderList('en');
    expect(screen.getByText('Showing 10 of 100 problems.')).toBeVisible();
  });
});
