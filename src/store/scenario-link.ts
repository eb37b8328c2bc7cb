import type { PartnerResponse } from '../analytics/scenario';
import type { Stage } from '../domain/model-schema';
import { decodeLinkId, encodeLinkId } from './link-id';

/**
 * One supply-cut scenario as a link carries it: `CHN:refining:100:cap:gallium,germanium`; mineral
 * ids are written as `link-id.ts` says, so any id the contract accepts comes back the same.
 */
export interface ScenarioSpec {
  supplier: string;
  stage: Stage;
  /** Percent of the supplier's output withheld, 0–100. */
  cut: number;
  response: PartnerResponseCode;
  minerals: string[];
}

/** `none`, `cap` (up to capacity) or `p25` (partners +25 %). */
export type PartnerResponseCode = 'none' | 'cap' | `p${number}`;

export const MAX_SCENARIOS = 3;

const SPEC = /^([A-Z]{3}):(mining|refining):(\d{1,3}):(none|cap|p\d{1,4}):([^:]+)$/;

export function parseScenario(text: string): ScenarioSpec | null {
  const match = SPEC.exec(text);
  if (!match) return null;
  const cut = Number(match[3]);
  const minerals = match[5]!.split(',').map(decodeLinkId);
  if (cut > 100 || !minerals.every((id) => id !== null)) return null;
  return {
    supplier: match[1]!,
    stage: match[2] as Stage,
    cut,
    response: match[4] as PartnerResponseCode,
    minerals: [...new Set(minerals)],
  };
}

export function serializeScenario(spec: ScenarioSpec): string {
  const minerals = spec.minerals.map(encodeLinkId).join(',');
  return [spec.supplier, spec.stage, spec.cut, spec.response, minerals].join(':');
}

export function partnerResponse(code: PartnerResponseCode): PartnerResponse {
  if (code === 'none') return { kind: 'none' };
  if (code === 'cap') return { kind: 'capacity' };
  return { kind: 'percent', percent: Number(code.slice(1)) };
}
