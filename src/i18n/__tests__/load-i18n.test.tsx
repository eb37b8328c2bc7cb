import { act, render } from '@testing-library/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test starts from a page that has asked for no view's strings yet.
let module: typeof import('../load-i18n');
beforeEach(async () => {
  vi.resetModules();
  module = await import('../load-i18n');
});
afterEach(() => vi.restoreAllMocks());

describe("the app's strings, loaded in parts", () => {
  it("opens with the core of the reader's language only, and a view's part once asked for", async () => {
    const i18n = await module.loadI18n('en');
    expect(i18n.t('app.title')).toBe('Lodestone');
    expect(i18n.exists('map.flowsShown')).toBe(false);
    expect(i18n.hasResourceBundle('ja', 'translation')).toBe(false);
    const code = { MapView: 'the view' };
    await expect(module.withStrings('map', Promise.resolve(code))).resolves.toBe(code);
    expect(i18n.t('map.flowsShown')).toBe('Flows shown');
    expect(i18n.exists('risk.heading')).toBe(false);
  });

  it('brings the parts asked for before the first language with it', async () => {
    void module.withStrings('timeline', Promise.resolve(null));
    const i18n = await module.loadI18n('ja');
    expect(i18n.t('risk.heading', { mineral: 'ガリウム', stage: '精錬' })).toContain('ガリウム');
    expect(i18n.exists('map.flowsShown')).toBe(false);
  });

  it('switches language once the new one has arrived with every part asked for', async () => {
    const i18n = await module.loadI18n('en');
    await module.withStrings('map', Promise.resolve(null));
    const switching = module.switchLanguage(i18n, 'ja');
    expect(i18n.language).toBe('en');
    await switching;
    expect(i18n.language).toBe('ja');
    expect(i18n.t('map.flowsShown')).toBe('表示する流れ');
    // A part asked for later comes in both languages loaded.
    await module.withStrings('network', Promise.resolve(null));
    expect(i18n.getResource('en', 'translation', 'network')).toBeDefined();
    expect(i18n.getResource('ja', 'translation', 'network')).toBeDefined();
  });

  it("switches through the instance react-i18next hands out, not only the app's own object", async () => {
    const app = await module.loadI18n('en');
    let handedOut: typeof app | undefined;
    function Probe() {
      handedOut = useTranslation().i18n;
      return null;
    }
    render(
      <I18nextProvider i18n={app}>
        <Probe />
      </I18nextProvider>,
    );
    await act(() => module.switchLanguage(handedOut!, 'ja'));
    expect(app.language).toBe('ja');
    expect(app.t('filters.title')).toBe('フィルター');
  });

  it('says when a string is asked for that has not arrived', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const i18n = await module.loadI18n('en');
    expect(i18n.t('map.flowsShown')).toBe('map.flowsShown');
    expect(consoleError).toHaveBeenCalledWith('No string "map.flowsShown" in en');
  });
});
