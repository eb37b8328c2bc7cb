import { useTranslation } from 'react-i18next';
import type { DependencyGraph, GraphEdge, GraphNode } from '../../analytics/dependency-graph';
import { citeSource } from '../../components/citation';
import { SourceLine } from '../../components/source-line';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import type { Translate } from '../../i18n/i18n';
import { formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { unitName } from '../../components/unit-name';

function labelById(graph: DependencyGraph, nodeLabel: (node: GraphNode) => string) {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return (id: string) => {
    const node = byId.get(id);
    return node ? nodeLabel(node) : id;
  };
}

function edgeText(
  edge: GraphEdge,
  nodeLabel: (id: string) => string,
  t: Translate,
  language: Language,
) {
  if (edge.kind === 'supply') {
    return t('network.supplyEdge', {
      country: nodeLabel(edge.source),
      stage: nodeLabel(edge.target),
      share: formatShare(edge.share, language),
      value: `${formatNumber(edge.value, language)} ${unitName(edge.unit, t)}`,
      status: t(`status.${edge.status as 'reported'}`),
    });
  }
  if (edge.kind === 'trade') {
    return t('network.tradeEdge', {
      from: nodeLabel(edge.source),
      to: nodeLabel(edge.target),
      value: formatNumber(edge.value, language),
      code: edge.code,
      year: edge.year,
    });
  }
  return t('network.partnershipEdge', { from: nodeLabel(edge.source), to: nodeLabel(edge.target) });
}

/** The focused node's links, each in a sentence with its figure, and their sources. */
export function NodeDetails({
  node,
  graph,
  nodeLabel,
  onClear,
}: {
  node: GraphNode;
  graph: DependencyGraph;
  nodeLabel: (node: GraphNode) => string;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const labelOf = labelById(graph, nodeLabel);
  const edges = graph.edges
    .filter((edge) => edge.source === node.id || edge.target === node.id)
    .sort((a, b) => (b.kind === 'supply' ? b.share : 0) - (a.kind === 'supply' ? a.share : 0));
  return (
    <section
      className="panel node-details"
      aria-labelledby="node-details-heading"
      aria-live="polite"
    >
      <div className="view-heading">
        <h3 id="node-details-heading">{nodeLabel(node)}</h3>
        <button type="button" onClick={onClear}>
          {t('network.clear')}
        </button>
      </div>
      <ul className="partner-list">
        {edges.map((edge) => (
          <li key={edge.id}>{edgeText(edge, labelOf, t, language)}</li>
        ))}
      </ul>
      <SourceLine sourceIds={[...new Set(edges.map((edge) => edge.sourceId))]} />
    </section>
  );
}

/** Every link of the graph as a table: the way in for keyboard and screen-reader users. */
export function EdgeTable({
  graph,
  nodeLabel,
}: {
  graph: DependencyGraph;
  nodeLabel: (node: GraphNode) => string;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const labelOf = labelById(graph, nodeLabel);
  return (
    <table className="figures-table">
      <caption>{t('network.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('network.link')}</th>
          <th scope="col">{t('table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {graph.edges.map((edge) => (
          <tr key={edge.id}>
            <td>{edgeText(edge, labelOf, t, language)}</td>
            <td>{citeSource(index, edge.sourceId)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
