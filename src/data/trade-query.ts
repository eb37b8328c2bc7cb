import { queryOptions } from '@tanstack/react-query';
import type { Model, TradeFlow } from '../domain/model-schema';
import { validateTradeFile } from '../domain/validate-model';
import builtInTradeUrl from '../../data/trade.json?url';

/** Thrown when the trade file parses but breaks the contract or does not resolve in the model. */
export class TradeValidationError extends Error {
  readonly raw: unknown;
  constructor(raw: unknown) {
    super('The trade file failed validation');
    this.name = 'TradeValidationError';
    this.raw = raw;
  }
}

/**
 * The built-in trade flows, fetched only when a view needs them. A model that carries its own
 * flows (a user's file) is used as it is.
 */
export function tradeQuery(model: Model) {
  return queryOptions({
    queryKey: ['trade', model.edition.date, model.edition.label.en, model.trade.length],
    queryFn: async ({ signal }): Promise<TradeFlow[]> => {
      if (model.trade.length > 0) return model.trade;
      const response = await fetch(builtInTradeUrl, { signal });
      if (!response.ok) throw new Error(`${builtInTradeUrl}: HTTP ${response.status}`);
      const raw: unknown = await response.json();
      const validation = validateTradeFile(raw, model);
      if (!validation.ok) throw new TradeValidationError(raw);
      return validation.trade;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
