import { useAppState } from '../store/store-context';
import { useSlideFrame } from './slide-frame';

/**
 * "Use 2024, …": a button that sets the filters' year to one whose figures the view can show,
 * where the chosen year has none. On screen only: a slide shows its figures, not a way elsewhere.
 */
export function NearestYearOffer({ year, label }: { year: number | null; label: string }) {
  const setYear = useAppState((state) => state.setYear);
  const onSlide = useSlideFrame() !== null;
  if (year === null || onSlide) return null;
  return (
    <button type="button" className="inline-action" onClick={() => setYear(year)}>
      {label}
    </button>
  );
}
