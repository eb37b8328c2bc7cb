import { useTranslation } from 'react-i18next';
import { MapCaption } from './map-caption';
import { MapLegend } from './map-legend';
import { useMapFigures, useMapSettings } from './use-map-figures';
import { WorldMap } from './world-map';
import { LoadFailed } from '../../components/view-error';

const selectNothing = () => {};
const describeNothing = () => null;

/** The map as a slide: the whole world, its legend and the flows key with the sources beside it. */
export function MapSlide() {
  const { t } = useTranslation();
  const figures = useMapFigures(useMapSettings());
  const { shapes, title } = figures;
  if (shapes.isPending) {
    return (
      <p role="status" className="loading">
        {t('map.loading')}
      </p>
    );
  }
  if (shapes.error) {
    return <LoadFailed error={shapes.error} retry={() => void shapes.refetch()} />;
  }
  return (
    <div className="slide-map">
      <h2>{title}</h2>
      <WorldMap
        shapes={shapes.data}
        shares={figures.shares}
        color={figures.shading.color}
        flows={figures.flows}
        flowWidth={figures.flowWidth}
        partnerArcs={figures.partnerArcs}
        selected={null}
        onSelect={selectNothing}
        describe={describeNothing}
        keysHint=""
        label={t('map.alt', { title })}
      >
        <MapLegend classing={figures.shading.classing} classColors={figures.shading.classColors} />
        <MapCaption
          code={figures.code?.code}
          flowYear={figures.flowYear}
          flows={figures.flows}
          notDrawn={figures.notDrawn}
          sourceIds={figures.sourceIds}
          language={figures.state.language}
        />
      </WorldMap>
    </div>
  );
}
