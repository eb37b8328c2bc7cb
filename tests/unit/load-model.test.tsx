import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const fixture = (name: string) =>
  new File([readFileSync(`tests/fixtures/bad-models/${name}`)], name, { type: 'application/json' });

describe('loading your own model file', () => {
  it('answers a bad file with its problems and paths, and keeps the data and link as they were', async () => {
    const user = userEvent.setup();
    renderApp('?m=gallium&stage=refining&y=2023', smallModel());
    await screen.findByText('Largest: China 90%');
    const linkBefore = window.location.search;
    await user.upload(
      screen.getByLabelText('Load your own model file…'),
      fixture('unknown-country.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('unknown-country.json could not be loaded:')).toBeVisible();
    expect(
      within(alert).getByText('supply[2].country: "XXX" is not a known country'),
    ).toBeVisible();
    expect(within(alert).getByText(/The data you had is still loaded/)).toBeVisible();
    expect(screen.getByText('Largest: China 90%')).toBeVisible();
    expect(window.location.search).toBe(linkBefore);
  });

  it('gives JSON syntax errors with line and column, in Japanese too', async () => {
    const user = userEvent.setup();
    renderApp('?m=gallium&stage=refining&y=2023&lang=ja', smallModel());
    await screen.findByText('最大：中国 90%');
    await user.upload(
      screen.getByLabelText('独自のモデルファイルを読み込む…'),
      fixture('trailing-comma.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('$: 2行22列目が正しいJSONではありません（PropertyNameExpected）'),
    ).toBeVisible();
  });

  it('switches to a good file with a "custom data" badge, and back to the built-in data in one click', async () => {
    const user = userEvent.setup();
    renderApp('?m=gallium&stage=refining&y=2023', smallModel());
    await screen.findByText('Largest: China 90%');
    const custom = smallModel();
    custom.supply[0]!.value = 700;
    await user.upload(
      screen.getByLabelText('Load your own model file…'),
      new File([JSON.stringify(custom)], 'my-figures.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Largest: China 70%')).toBeVisible();
    expect(screen.getByText('Custom data')).toBeVisible();
    expect(screen.getByText('my-figures.json')).toBeInTheDocument();
    // jsdom has no IndexedDB: the data stays in memory, and the reader is told so.
    expect(
      screen.getByText(/could not be kept for next time \(IndexedDB is not available\)/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back to the built-in data' }));
    expect(await screen.findByText('Largest: China 90%')).toBeVisible();
    expect(screen.queryByText('Custom data')).toBeNull();
  });

  it('asks once more when the network fails the first request for the data', async () => {
    renderApp('?m=gallium&stage=refining&y=2023', smallModel(), undefined, { networkErrors: 1 });
    expect(await screen.findByText('Largest: China 90%')).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("says so in the reader's language when the network keeps failing, and tries again on request", async () => {
    const user = userEvent.setup();
    renderApp('?m=gallium&stage=refining&y=2023&lang=ja', smallModel(), undefined, {
      networkErrors: 2,
    });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('データを取得できませんでした（ネットワークが応答しません）。'),
    ).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: '再試行' }));
    expect(await screen.findByText('最大：中国 90%')).toBeVisible();
  });

  it('refuses a file over 100 MB without reading it', async () => {
    const user = userEvent.setup();
    renderApp('?m=gallium&stage=refining&y=2023', smallModel());
    await screen.findByText('Largest: China 90%');
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 150 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    await user.upload(screen.getByLabelText('Load your own model file…'), huge);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/files over 100 MB are refused before reading/)).toBeVisible();
    expect(read).not.toHaveBeenCalled();
  });

  it('keeps the last file chosen when a slower one chosen before it finishes later', async () => {
    const user = userEvent.setup();
    renderApp('?m=gallium&stage=refining&y=2023', smallModel());
    await screen.findByText('Largest: China 90%');
    const slow = smallModel();
    slow.supply[0]!.value = 500;
    const slowFile = new File([JSON.stringify(slow)], 'slow.json', { type: 'application/json' });
    let finishReading = () => {};
    const bytes = slowFile.arrayBuffer();
    slowFile.arrayBuffer = () => new Promise((resolve) => (finishReading = () => resolve(bytes)));
    const fast = smallModel();
    fast.supply[0]!.value = 700;
    const input = screen.getByLabelText('Load your own model file…');
    await user.upload(input, slowFile);
    await user.upload(
      input,
      new File([JSON.stringify(fast)], 'fast.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Largest: China 70%')).toBeVisible();
    finishReading();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByText('Largest: China 70%')).toBeVisible();
    expect(screen.getByText('fast.json')).toBeInTheDocument();
    expect(screen.queryByText('slow.json')).toBeNull();
  });
});
