import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { ExportButtons } from '../export-buttons';

vi.mock('../../lib/figure-export', async (original) => ({
  ...(await original<typeof import('../../lib/figure-export')>()),
  svgToPng: () => Promise.reject(new Error('The SVG could not be drawn')),
}));

describe('ExportButtons', () => {
  it('says so when the PNG cannot be made', async () => {
    const user = userEvent.setup();
    const figure = createRef<HTMLDivElement>();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <div ref={figure}>
          <svg className="recharts-surface" width="100" height="50" />
        </div>
        <ExportButtons
          figure={figure}
          text={{ title: 'Gallium', footer: [] }}
          csv={() => []}
          fileStem="g"
        />
      </I18nextProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The PNG file could not be made (The SVG could not be drawn); the other downloads still work.',
    );
  });
});
