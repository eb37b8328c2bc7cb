import type { Model, Stage } from '../domain/model-schema';
import { NAMED_PATTERNS } from '../domain/named-patterns';
import { decodeLinkId, encodeLinkId } from './link-id';

export const TREND_METRICS = ['top1Share', 'hhi'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

export const FLOW_LIMITS = [5, 10, 20, 50] as const;

/** The network drawn as a force layout, or as the chain mine → refine → importer. */
export const NETWORK_LAYOUTS = ['force', 'chain'] as const;
export type NetworkLayout = (typeof NETWORK_LAYOUTS)[number];

/** The network's threshold in whole percent, as its slider moves: 0 to 30. */
export const MAX_NETWORK_MIN_PERCENT = 30;

/**
 * What is set inside a view rather than in the sidebar. It is state like the filters, so a link, a
 * kept slide and Back reproduce the screen. `null` means "the view's own choice" (the first code,
 * the latest year), so a link made without the setting still opens as it did.
 */
export interface ViewSettings {
  /** Map: which of the chosen minerals is drawn. */
  mapMineral: string | null;
  /** Map: the trade code whose flows are drawn. */
  tradeCode: string | null;
  /** Map: the year of the flows drawn. */
  flowYear: number | null;
  flowLimit: number;
  /** Map: arcs to the view-as country's partners. */
  showPartners: boolean;
  /** Map: the Sankey's exporters grouped. */
  groupedFlows: boolean;
  /** Map: the country whose profile is open. */
  profile: string | null;
  /** Exposure: the trade year. */
  exposureYear: number | null;
  /** Exposure: a second trade year set beside the first, supplier by supplier; null for none. */
  exposureCompareYear: number | null;
  /** Network: the focused node (`c:CHN`, `m:gallium:refining`). */
  networkFocus: string | null;
  /** Network: smallest share drawn as an edge, in whole percent. */
  networkMinPercent: number;
  networkBothStages: boolean;
  networkTrade: boolean;
  networkPartnerships: boolean;
  networkTable: boolean;
  networkLayout: NetworkLayout;
  /** Timeline: the selected event or partnership. */
  timelineEvent: string | null;
  trendMetric: TrendMetric;
  /** Timeline: the stage the supply-risk lens reads; null for its own (one with figures). */
  riskStage: Stage | null;
}

export const DEFAULT_VIEW_SETTINGS: ViewSettings = {
  mapMineral: null,
  tradeCode: null,
  flowYear: null,
  flowLimit: 10,
  showPartners: true,
  groupedFlows: false,
  profile: null,
  exposureYear: null,
  exposureCompareYear: null,
  networkFocus: null,
  networkMinPercent: 1,
  networkBothStages: true,
  networkTrade: false,
  networkPartnerships: true,
  networkTable: false,
  networkLayout: 'force',
  timelineEvent: null,
  trendMetric: 'top1Share',
  riskStage: null,
};

/** The link parameter of each setting, short but readable (README, "Links"). */
export const SETTING_PARAMS = {
  mapMineral: 'mm',
  tradeCode: 'code',
  flowYear: 'fy',
  flowLimit: 'flows',
  showPartners: 'arcs',
  groupedFlows: 'sankey',
  profile: 'profile',
  exposureYear: 'ty',
  exposureCompareYear: 'vs',
  networkFocus: 'focus',
  networkMinPercent: 'min',
  networkBothStages: 'stages',
  networkTrade: 'trade',
  networkPartnerships: 'pships',
  networkTable: 'table',
  networkLayout: 'layout',
  timelineEvent: 'event',
  trendMetric: 'trend',
  riskStage: 'lens',
} as const satisfies Record<keyof ViewSettings, string>;

const YEAR = /^\d{4}$/;
const FLAG = { on: '1', off: '0' };

interface Codec<T> {
  read: (text: string) => T | undefined;
  write: (value: T) => string;
}
const patternCodec = (pattern: RegExp): Codec<string | null> => ({
  read: (text) => (pattern.test(text) ? text : undefined),
  write: (value) => value ?? '',
});
/** Any id the contract accepts, escaped as in the rest of the link (link-id.ts). */
const idCodec: Codec<string | null> = {
  read: (text) => decodeLinkId(text) ?? undefined,
  write: (value) => (value === null ? '' : encodeLinkId(value)),
};
/** A network node: `c:<country>` or `m:<mineral>:<stage>`, the ids escaped so `:` stays a separator. */
const nodeCodec: Codec<string | null> = {
  read: (text) => {
    const [kind, id, stage, ...rest] = text.split(':');
    const decoded = id === undefined ? null : decodeLinkId(id);
    if (decoded === null || rest.length > 0) return undefined;
    if (kind === 'c' && stage === undefined) return `c:${decoded}`;
    if (kind === 'm' && (stage === 'mining' || stage === 'refining'))
      return `m:${decoded}:${stage}`;
    return undefined;
  },
  write: (value) => {
    if (value === null) return '';
    const { kind, id, stage } = networkNodeParts(value);
    return [kind, encodeLinkId(id), ...(stage ? [stage] : [])].join(':');
  },
};

/** The parts of a network node id; a mineral's id may itself hold colons, its stage never does. */
function networkNodeParts(node: string): { kind: string; id: string; stage?: string } {
  if (node.startsWith('c:')) return { kind: 'c', id: node.slice(2) };
  const lastColon = node.lastIndexOf(':');
  return { kind: 'm', id: node.slice(2, lastColon), stage: node.slice(lastColon + 1) };
}
const yearCodec: Codec<number | null> = {
  read: (text) => (YEAR.test(text) ? Number(text) : undefined),
  write: (value) => String(value ?? ''),
};
const flagCodec: Codec<boolean> = {
  read: (text) => (text === FLAG.on ? true : text === FLAG.off ? false : undefined),
  write: (value) => (value ? FLAG.on : FLAG.off),
};

const CODECS: { [K in keyof ViewSettings]: Codec<ViewSettings[K]> } = {
  mapMineral: idCodec,
  tradeCode: patternCodec(NAMED_PATTERNS.hsCode),
  flowYear: yearCodec,
  flowLimit: {
    read: (text) => FLOW_LIMITS.find((limit) => String(limit) === text),
    write: String,
  },
  showPartners: flagCodec,
  groupedFlows: {
    read: (text) => (text === 'grouped' ? true : text === 'exporters' ? false : undefined),
    write: (value) => (value ? 'grouped' : 'exporters'),
  },
  profile: idCodec,
  exposureYear: yearCodec,
  exposureCompareYear: yearCodec,
  networkFocus: nodeCodec,
  networkMinPercent: {
    read: (text) =>
      /^\d{1,2}$/.test(text) && Number(text) <= MAX_NETWORK_MIN_PERCENT ? Number(text) : undefined,
    write: String,
  },
  networkBothStages: {
    read: (text) => (text === 'both' ? true : text === 'one' ? false : undefined),
    write: (value) => (value ? 'both' : 'one'),
  },
  networkTrade: flagCodec,
  networkPartnerships: flagCodec,
  networkTable: flagCodec,
  networkLayout: {
    read: (text) => NETWORK_LAYOUTS.find((layout) => layout === text),
    write: (value) => value,
  },
  timelineEvent: idCodec,
  trendMetric: {
    read: (text) => TREND_METRICS.find((metric) => metric === text),
    write: (value) => value,
  },
  riskStage: {
    read: (text) => (text === 'mining' || text === 'refining' ? text : undefined),
    write: (value) => value ?? '',
  },
};

const SETTING_KEYS = Object.keys(SETTING_PARAMS) as (keyof ViewSettings)[];
export const SETTING_PARAM_NAMES: readonly string[] = Object.values(SETTING_PARAMS);

/** Reads the settings a link carries; a value of the wrong form is returned as rejected. */
export function parseViewSettings(params: URLSearchParams): {
  settings: ViewSettings;
  rejected: { param: string; value: string }[];
} {
  const settings: Record<string, unknown> = { ...DEFAULT_VIEW_SETTINGS };
  const rejected: { param: string; value: string }[] = [];
  for (const key of SETTING_KEYS) {
    const text = params.get(SETTING_PARAMS[key]);
    if (text === null) continue;
    const value = (CODECS[key] as Codec<unknown>).read(text);
    if (value === undefined) rejected.push({ param: SETTING_PARAMS[key], value: text });
    else settings[key] = value;
  }
  return { settings: settings as unknown as ViewSettings, rejected };
}

/** Writes the settings that differ from the defaults, so a plain view keeps a short link. */
export function writeViewSettings(settings: ViewSettings, params: URLSearchParams): void {
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (value === DEFAULT_VIEW_SETTINGS[key] || value === null) continue;
    params.set(SETTING_PARAMS[key], (CODECS[key] as Codec<unknown>).write(value));
  }
}

/** Drops settings naming what the model does not hold (a country, mineral, code or event). */
export function reconcileViewSettings(
  settings: ViewSettings,
  model: Model,
): { settings: ViewSettings; rejected: { param: string; value: string }[] } {
  const rejected: { param: string; value: string }[] = [];
  const countries = new Set(model.countries.map((country) => country.id));
  const minerals = new Set(model.minerals.map((mineral) => mineral.id));
  const known: Partial<Record<keyof ViewSettings, (id: string) => boolean>> = {
    mapMineral: (id) => minerals.has(id),
    tradeCode: (id) => model.tradeCodes.some((code) => code.code === id),
    profile: (id) => countries.has(id),
    networkFocus: (node) => {
      const { kind, id } = networkNodeParts(node);
      return kind === 'c' ? countries.has(id) : minerals.has(id);
    },
    timelineEvent: (id) =>
      model.events.some((event) => event.id === id) ||
      model.partnerships.some((partnership) => partnership.id === id),
  };
  const next = { ...settings };
  for (const [key, isKnown] of Object.entries(known) as [
    keyof ViewSettings,
    (id: string) => boolean,
  ][]) {
    const value = next[key];
    if (typeof value !== 'string' || isKnown(value)) continue;
    rejected.push({ param: SETTING_PARAMS[key], value });
    (next as Record<string, unknown>)[key] = null;
  }
  return { settings: next, rejected };
}
