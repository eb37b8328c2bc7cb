import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FigureTip, TooltipFacts } from '../tooltip';

const figure = () =>
  render(
    <p>
      Imports of{' '}
      <FigureTip tip={<TooltipFacts facts={[{ term: 'Exact value', value: '1,234,567 USD' }]} />}>
        1.2 M USD
      </FigureTip>{' '}
      <button type="button">elsewhere</button>
    </p>,
  );

describe('FigureTip', () => {
  it('opens on hover, stays while the pointer is on the box, and Escape closes it in place', async () => {
    const user = userEvent.setup();
    figure();
    const trigger = screen.getByRole('button', { name: '1.2 M USD' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(trigger);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Exact value 1,234,567 USD');
    expect(trigger).toHaveAccessibleDescription('Exact value 1,234,567 USD');
    // The pointer moves from the figure onto its box (user-event names no relatedTarget, which
    // React reads as leaving the window, so the move is written out).
    fireEvent.pointerOut(trigger, { pointerType: 'mouse', relatedTarget: tooltip });
    fireEvent.pointerOver(tooltip, { pointerType: 'mouse', relatedTarget: trigger });
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(trigger).not.toHaveAccessibleDescription();
    await user.unhover(trigger);
    await user.hover(trigger);
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.unhover(trigger);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on a tap, which hovers nothing, and closes on a tap elsewhere', () => {
    figure();
    const trigger = screen.getByRole('button', { name: '1.2 M USD' });
    // A touch: pointerenter comes first, then the click; the tap opens it and nothing closes it.
    fireEvent.pointerEnter(trigger, { pointerType: 'touch' });
    fireEvent.click(trigger);
    expect(screen.getByRole('tooltip')).toHaveTextContent('1,234,567 USD');
    fireEvent.pointerLeave(trigger, { pointerType: 'touch' });
    expect(screen.getByRole('tooltip')).toBeVisible();
    fireEvent.pointerDown(screen.getByRole('tooltip'));
    expect(screen.getByRole('tooltip')).toBeVisible();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('is a Tab stop that opens on focus and closes on blur', async () => {
    const user = userEvent.setup();
    figure();
    await user.tab();
    expect(screen.getByRole('button', { name: '1.2 M USD' })).toHaveFocus();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => screen.getByRole('button', { name: '1.2 M USD' }).focus());
    expect(screen.getByRole('tooltip')).toBeVisible();
  });
});
