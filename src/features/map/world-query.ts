import { queryOptions } from '@tanstack/react-query';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldAtlasUrl from 'world-atlas/countries-110m.json?url';

export type CountryShape = Feature<Geometry, { name: string; iso3: string | null }>;

/**
 * Country shapes (Natural Earth 1:110m via world-atlas), fetched as a separate file when the map is
 * first shown, so they weigh nothing on the first screen. Shapes carry ISO 3166-1 numeric ids,
 * turned into the model's alpha-3 codes.
 */
export const worldShapesQuery = queryOptions({
  queryKey: ['world-shapes', '110m'],
  queryFn: async ({ signal }): Promise<CountryShape[]> => {
    const response = await fetch(worldAtlasUrl, { signal });
    if (!response.ok) throw new Error(`${worldAtlasUrl}: HTTP ${response.status}`);
    const topology = (await response.json()) as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<
      Geometry,
      { name: string }
    >;
    return collection.features.map((shape) => ({
      ...shape,
      properties: {
        name: shape.properties.name,
        iso3: shape.id === undefined ? null : (countries.numericToAlpha3(String(shape.id)) ?? null),
      },
    }));
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});
