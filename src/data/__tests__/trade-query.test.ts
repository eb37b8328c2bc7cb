import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { ActiveModel } from '../model-query';
import { tradeQuery } from '../trade-query';

const custom = (model: ActiveModel['model']): ActiveModel => ({
  origin: 'custom',
  model,
  fileName: 'mine.json',
  persisted: true,
});

describe('the trade query', () => {
  it("gives a re-loaded model its own flows, not the previous model's", async () => {
    const queryClient = new QueryClient();
    const first = smallModel();
    // A second file of the same edition with as many flows, but other values.
    const second = smallModel();
    for (const flow of second.trade) flow.value += 1;

    await queryClient.fetchQuery(tradeQuery(custom(first)));
    const trade = await queryClient.fetchQuery(tradeQuery(custom(second)));

    expect(trade).toBe(second.trade);
  });

  it('reads the same model from the cache', async () => {
    const queryClient = new QueryClient();
    const active = custom(smallModel());
    const first = await queryClient.fetchQuery(tradeQuery(active));
    expect(queryClient.getQueryData(tradeQuery({ ...active }).queryKey)).toBe(first);
  });
});
