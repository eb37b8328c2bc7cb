import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '../../analytics/dependency-graph';

/** Finds a node by its name: the exact name first, else the first name that contains the text. */
export function NodeSearch({
  nodes,
  nodeLabel,
  onFound,
}: {
  nodes: GraphNode[];
  nodeLabel: (node: GraphNode) => string;
  onFound: (id: string) => void;
}) {
  const { t } = useTranslation();
  const ids = { search: useId(), list: useId() };
  return (
    <form
      className="field inline"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const query =
          new FormData(event.currentTarget).get('node')?.toString().trim().toLowerCase() ?? '';
        const found =
          nodes.find((node) => nodeLabel(node).toLowerCase() === query) ??
          nodes.find((node) => nodeLabel(node).toLowerCase().includes(query));
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
    </form>
  );
}
