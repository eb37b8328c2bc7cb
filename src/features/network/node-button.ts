import type { KeyboardEvent, RefObject } from 'react';

/**
 * What makes a drawn node a button inside the graph's one Tab stop: registered for the arrow keys,
 * reachable only when it is the roving stop, and chosen by a click, Enter or Space.
 */
export function nodeButtonProps({
  id,
  nodeRefs,
  tabStop,
  pressed,
  label,
  onNodeFocus,
  onChoose,
}: {
  id: string;
  nodeRefs: RefObject<Map<string, SVGGElement>>;
  tabStop: string | null;
  pressed: boolean;
  label: string;
  onNodeFocus?: (id: string) => void;
  onChoose: () => void;
}) {
  return {
    ref: (element: SVGGElement | null) => {
      if (element) nodeRefs.current.set(id, element);
      else nodeRefs.current.delete(id);
    },
    className: 'graph-node',
    'data-id': id,
    tabIndex: id === tabStop ? 0 : -1,
    role: 'button',
    'aria-pressed': pressed,
    'aria-label': label,
    onFocus: () => onNodeFocus?.(id),
    onClick: onChoose,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onChoose();
      }
    },
  };
}
