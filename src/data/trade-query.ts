import { queryOptions } from '@tanstack/react-query';
import type { TradeFlow } from '../domain/model-schema';
import builtInTradeUrl from '../../data/trade.json?url';
import type { ActiveModel } from './model-query';
import { objectKey } from './object-key';

/**
 * The trade flows of the model in use: a user's model carries its own (perhaps none); the built-in
 * model's are fetched from data/trade.json only when a view needs them.
 */
export function tradeQuery(active: ActiveModel) {
  const { model } = active;
  return queryOptions({
    queryKey: ['trade', objectKey(model)],
    queryFn: async ({ signal }): Promise<TradeFlow[]> => {
      if (active.origin === 'custom' || model.trade.length > 0) return model.trade;
      const response = await fetch(builtInTradeUrl, { signal });
      if (!response.ok) throw new Error(`${builtInTradeUrl}: HTTP ${response.status}`);
      const raw: unknown = await response.json();
      // Loaded with the first view that needs trade, so that the first screen does without zod.
      const { validateTradeFile } = await import('../domain/validate-model');
      const validation = validateTradeFile(raw, model);
      if (!validation.ok) {
        const first = validation.problems[0]!;
        throw new Error(`${builtInTradeUrl} does not match the model (${first.path})`);
      }
      return validation.trade;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    structuralSharing: false,
  });
}
