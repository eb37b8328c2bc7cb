import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { slottedText } from '../slotted-text';

describe('slottedText', () => {
  it('puts elements where the translation puts the values, in each language', () => {
    for (const [language, expected] of [
      ['en', 'HS 850511; share of [569 M USD] of recorded imports'],
      ['ja', 'HS 850511；記録された輸入額[5.7億ドル]に占める割合'],
    ] as const) {
      const t = createI18n(language).getFixedT(language);
      const total = language === 'en' ? '569 M USD' : '5.7億ドル';
      const { container, unmount } = render(
        <p>
          {slottedText(
            (marks) => t('exposure.suppliersSubtitle', { code: 'HS 850511', ...marks }),
            {
              total: <b>[{total}]</b>,
            },
          )}
        </p>,
      );
      expect(container.textContent).toBe(expected);
      expect(screen.getByText(`[${total}]`).tagName).toBe('B');
      unmount();
    }
  });

  it('keeps two slots apart and in order, and leaves the rest of the text as it is', () => {
    const parts = slottedText(({ earlier, later }) => `from ${earlier} to ${later} (+5%)`, {
      earlier: <i>a</i>,
      later: <i>b</i>,
    });
    const { container } = render(<p>{parts}</p>);
    expect(
      [...container.querySelector('p')!.childNodes].map(
        (node) => `${node.nodeName}:${node.textContent}`,
      ),
    ).toEqual(['#text:from ', 'I:a', '#text: to ', 'I:b', '#text: (+5%)']);
  });
});
