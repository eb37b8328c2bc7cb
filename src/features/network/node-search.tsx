import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '../../analytics/dependency-graph';

const normalised = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/**
 * The node a search means: one of whose names (in any language) is the text, else the first whose
 * name holds it; null when none does.
 */
export function matchNode(
  nodes: readonly GraphNode[],
  namesOf: (node: GraphNode) => string[],
  query: string,
): GraphNode | null {
  const wanted = normalised(query);
  if (wanted === '') return null;
  const names = (node: GraphNode) => namesOf(node).map(normalised);
  return (
    nodes.find((node) => names(node).includes(wanted)) ??
    nodes.find((node) => names(node).some((name) => name.includes(wanted))) ??
    null
  );
}

/**
 * Finds a node by its name in English or Japanese, whatever the language shown, and says politely
 * when nothing matches.
 */
export function NodeSearch({
  nodes,
  nodeLabel,
  namesOf,
  onFound,
}: {
  nodes: GraphNode[];
  nodeLabel: (node: GraphNode) => string;
  namesOf: (node: GraphNode) => string[];
  onFound: (id: string) => void;
}) {
  const { t } = useTranslation();
  const ids = { search: useId(), list: useId() };
  const [outcome, setOutcome] = useState('');
  return (
    <form
      className="field inline"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const query = new FormData(event.currentTarget).get('node')?.toString() ?? '';
        const found = matchNode(nodes, namesOf, query);
        setOutcome(
          found
            ? t('network.found', { name: nodeLabel(found) })
            : t('network.noMatch', { query: query.trim() }),
        );
        if (found) onFound(found.id);
      }}
    >
      <label htmlFor={ids.search}>{t('network.search')}</label>
      <input id={ids.search} name="node" list={ids.list} type="search" />
      <datalist id={ids.list}>
        {nodes.map((node) => (
          <option key={node.id} value={nodeLabel(node)} />
        ))}
      </datalist>
      <button type="submit">{t('network.find')}</button>
      <span role="status" className="search-outcome">
        {outcome}
      </span>
    </form>
  );
}
