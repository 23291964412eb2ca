import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoMercator, geoPath, type GeoContext, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** A glossary entry as the map needs it: places only. */
export interface PlaceEntry {
  id: string;
  term: string;
  kind: string;
  coordinates?: { latitude: number; longitude: number } | undefined;
  latitudes?: { south: number; north: number } | undefined;
}

/** A name on the map: where its text starts, sits in the middle or ends (`anchor`), in map units. */
export interface MapLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface MapCountry {
  id: string;
  term: string;
  /** The country's outline. */
  outline: string;
  label: MapLabel;
  /** A line from inside the country to a label set outside it (small coastal countries). */
  leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export interface MapTown {
  id: string;
  term: string;
  x: number;
  y: number;
  coordinates: { latitude: number; longitude: number };
  label: MapLabel;
}

export interface MapBand {
  id: string;
  term: string;
  /** The band's edges on the map: y of its northern and southern parallels. */
  top: number;
  bottom: number;
  latitudes: { south: number; north: number };
  label: MapLabel;
}

/** A locator map of West Africa, in map units (the SVG's viewBox): what `PlaceMap.astro` draws. */
export interface PlaceMap {
  width: number;
  height: number;
  /** All land in the frame, as one outline. */
  land: string;
  /** Borders between countries. */
  borders: string;
  /** The interview's country, set apart. */
  focus: MapCountry;
  /** The other countries the interview names. */
  countries: MapCountry[];
  towns: MapTown[];
  bands: MapBand[];
  /** Names that help a reader find their way (neighbours, the ocean), not linked. */
  landmarks: Array<MapLabel & { name: string; kind: 'country' | 'sea' }>;
}

/** West Africa, from the Atlantic to Nigeria and from the Gulf of Guinea to the Sahara: all of Mali, with room for labels. */
export const MAP_FRAME = { west: -18, east: 8, south: 3, north: 25.5 } as const;
const MAP_WIDTH = 560;
/** The country the map sets apart. */
const FOCUS = 'mali';

type Position = readonly [longitude: number, latitude: number];
/** Where a place's name goes, in degrees, when its shape's centre is not the right place for it. */
interface LabelPlacement {
  at: Position;
  anchor: MapLabel['anchor'];
  /** For a name set outside its country: where the line to it starts. */
  from?: Position;
}

/**
 * Where names go: chosen by eye so that none covers another at any width from 320 px. A place not
 * listed here gets its name centred on its shape (countries) or right of its dot (towns).
 */
const LABELS: Readonly<Record<string, LabelPlacement>> = {
  mali: { at: [-2.3, 20.3], anchor: 'middle' },
  'burkina-faso': { at: [-1.6, 12.2], anchor: 'middle' },
  senegal: { at: [-14.6, 15.1], anchor: 'middle' },
  ghana: { at: [-1.3, 7.6], anchor: 'middle' },
  togo: { at: [0.9, 4.2], anchor: 'end', from: [1.0, 7.2] },
  benin: { at: [2.2, 4.2], anchor: 'start', from: [2.2, 8.2] },
  timbuktu: { at: [-3.4, 16.85], anchor: 'end' },
  gao: { at: [0.35, 16.1], anchor: 'start' },
  mopti: { at: [-4.6, 14.35], anchor: 'end' },
  sahel: { at: [-13.8, 18.2], anchor: 'middle' },
};

const LANDMARKS: ReadonlyArray<{ name: string; kind: 'country' | 'sea'; at: Position; anchor: MapLabel['anchor'] }> = [
  { name: 'Mauritania', kind: 'country', at: [-10.5, 21.6], anchor: 'middle' },
  { name: 'Algeria', kind: 'country', at: [4.6, 24.2], anchor: 'middle' },
  { name: 'Niger', kind: 'country', at: [5, 16.8], anchor: 'middle' },
  { name: 'Nigeria', kind: 'country', at: [7.8, 8.7], anchor: 'end' },
  { name: 'Guinea', kind: 'country', at: [-11.2, 10.6], anchor: 'middle' },
  { name: 'Côte d’Ivoire', kind: 'country', at: [-6, 8], anchor: 'middle' },
  { name: 'Atlantic Ocean', kind: 'sea', at: [-14.4, 6], anchor: 'middle' },
];

/** Natural Earth's countries at 1:50 million, as world-atlas publishes them (TopoJSON). */
type CountryShapes = GeometryCollection<{ name: string }> & {
  geometries: Array<Polygon<{ name: string }> | MultiPolygon<{ name: string }>>;
};
type Atlas = Topology<{ countries: CountryShapes }>;

function loadAtlas(): Atlas {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Atlas;
}

/**
 * An SVG path's `d`, drawn by d3-geo: coordinates rounded to whole map units, relative after the
 * first, and points closer than one unit to the last one dropped. A fifth of d3's own output for
 * the same shapes, with no difference visible at this scale.
 */
class CompactPath implements GeoContext {
  #d = '';
  /** The last command written: a relative `l` or `m` may be followed by more pairs without repeating it. */
  #command = '';
  #last: [number, number] | undefined;
  #start: [number, number] = [0, 0];

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    if (this.#last) this.#write('m', point[0] - this.#last[0], point[1] - this.#last[1]);
    else this.#write('M', ...point);
    this.#last = point;
    this.#start = point;
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.#last ?? point;
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) < 1) return;
    this.#write('l', point[0] - last[0], point[1] - last[1]);
    this.#last = point;
  }

  closePath(): void {
    this.#d += 'z';
    this.#command = 'z';
    this.#last = this.#start;
  }

  arc(): void {}

  /** The path so far, then starts afresh. */
  take(): string {
    const d = this.#d;
    this.#d = '';
    this.#command = '';
    this.#last = undefined;
    return d;
  }

  #write(command: 'M' | 'm' | 'l', dx: number, dy: number): void {
    // After a relative move or line, further pairs are relative lines: the letter can go.
    const implicit = command === 'l' && (this.#command === 'l' || this.#command === 'm');
    const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.#d += implicit ? `${dx < 0 ? '' : ' '}${pair}` : `${command}${pair}`;
    this.#command = command;
  }
}

/** Thrown when a place entry cannot be drawn: which entry, which of its fields, and what to write. */
export class PlaceMapError extends Error {
  constructor(
    readonly entry: string,
    readonly field: 'term' | 'coordinates' | 'latitudes',
    readonly problem: string,
  ) {
    super(`content/glossary/${entry}.md: ${problem}`);
  }
}

/**
 * Refuses a place entry the map cannot draw (the content check runs this before the build, without drawing): a town
 * or band outside the frame, a country Natural Earth does not name, no entry for the country set apart.
 */
export function checkPlaces(entries: readonly PlaceEntry[], atlas: Atlas = loadAtlas()): void {
  const { west, east, south, north } = MAP_FRAME;
  const countryNames = new Set(feature(atlas, atlas.objects.countries).features.map(({ properties }) => properties.name));
  const isCountry = (place: PlaceEntry) => !place.coordinates && !place.latitudes && countryNames.has(place.term);
  for (const place of entries.filter((entry) => entry.kind === 'place')) {
    const { coordinates, latitudes } = place;
    if (coordinates) {
      const { latitude, longitude } = coordinates;
      if (!(latitude > south && latitude < north && longitude > west && longitude < east))
        throw new PlaceMapError(
          place.id,
          'coordinates',
          `The coordinates of “${place.term}” (${latitude}, ${longitude}) fall outside the map of West Africa (latitude ${south} to ${north}, longitude ${west} to ${east}). → Check them against the entry’s source: north and east are positive, south and west negative.`,
        );
    } else if (latitudes) {
      if (latitudes.south < south || latitudes.north > north)
        throw new PlaceMapError(
          place.id,
          'latitudes',
          `The band of “${place.term}” (latitudes ${latitudes.south} to ${latitudes.north}) reaches beyond the map of West Africa (latitude ${south} to ${north}). → Check the latitudes against the entry’s source.`,
        );
    } else if (!isCountry(place))
      throw new PlaceMapError(
        place.id,
        'term',
        `The place “${place.term}” is neither a country of Natural Earth (no country is named so) nor has \`coordinates\` or \`latitudes\`. → For a country, write its \`term\` as Natural Earth names it; for a town, add \`coordinates: { latitude: …, longitude: … }\` from a source.`,
      );
  }
  if (!entries.some((entry) => entry.id === FOCUS && entry.kind === 'place' && isCountry(entry)))
    throw new PlaceMapError(FOCUS, 'term', `The map sets this entry’s country apart, but no place entry “${FOCUS}” draws a country.`);
}

/** The map of the place entries among `entries`; a PlaceMapError for one it cannot draw (checkPlaces). */
export function buildPlaceMap(entries: readonly PlaceEntry[], atlas: Atlas = loadAtlas()): PlaceMap {
  checkPlaces(entries, atlas);
  const { west, east, south, north } = MAP_FRAME;
  const corners: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const projection: GeoProjection = geoMercator().fitWidth(MAP_WIDTH, corners);
  const height = Math.round(projection([west, south])?.[1] ?? 0);
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  const compact = new CompactPath();
  const toPath: GeoPath<unknown, GeoPermissibleObjects> = geoPath(projection, compact);
  const draw = (shape: GeoPermissibleObjects) => {
    toPath(shape);
    return compact.take();
  };
  const project = ([longitude, latitude]: Position): [number, number] => {
    const [x, y] = projection([longitude, latitude]) ?? [0, 0];
    return [round(x), round(y)];
  };
  const labelAt = (placement: LabelPlacement | undefined, fallback: [number, number], anchor: MapLabel['anchor']): MapLabel => {
    const [x, y] = placement ? project(placement.at) : fallback;
    return { x, y, anchor: placement?.anchor ?? anchor };
  };

  // Only the countries that reach into the frame are drawn: merging and clipping the whole world's land and borders
  // was most of the map's time, for shapes the frame then cut away.
  const inFrame = atlas.objects.countries.geometries.filter((geometry): geometry is CountryShapes['geometries'][number] => {
    const [[minLongitude, minLatitude], [maxLongitude, maxLatitude]] = geoBounds(feature(atlas, geometry));
    return minLongitude < east && maxLongitude > west && minLatitude < north && maxLatitude > south;
  });
  const countryShapes: CountryShapes = { ...atlas.objects.countries, geometries: inFrame };
  const shapes = feature(atlas, countryShapes).features;
  const places = entries.filter((entry) => entry.kind === 'place');

  const countries: MapCountry[] = [];
  const towns: MapTown[] = [];
  const bands: MapBand[] = [];
  for (const place of places) {
    const placement = LABELS[place.id];
    if (place.coordinates) {
      const [x, y] = project([place.coordinates.longitude, place.coordinates.latitude]);
      towns.push({
        id: place.id,
        term: place.term,
        x,
        y,
        coordinates: place.coordinates,
        label: labelAt(placement, [x + 8, y + 5], 'start'),
      });
      continue;
    }
    if (place.latitudes) {
      const { south: bandSouth, north: bandNorth } = place.latitudes;
      const [, top] = project([west, bandNorth]);
      const [, bottom] = project([west, bandSouth]);
      bands.push({
        id: place.id,
        term: place.term,
        top,
        bottom,
        latitudes: place.latitudes,
        label: labelAt(placement, [20, (top + bottom) / 2], 'start'),
      });
      continue;
    }
    const shape = shapes.find(({ properties }) => properties.name === place.term);
    const outline = shape && draw(shape);
    // A country outside the frame (France) is simply not on this map.
    if (!shape || !outline) continue;
    const centre = toPath.centroid(shape).map(round) as [number, number];
    const from = placement?.from ? project(placement.from) : undefined;
    const label = labelAt(placement, centre, 'middle');
    countries.push({
      id: place.id,
      term: place.term,
      outline,
      label,
      leader: from ? { x1: from[0], y1: from[1], x2: label.x, y2: label.y - 12 } : undefined,
    });
  }

  const focus = countries.find(({ id }) => id === FOCUS)!;
  return {
    width: MAP_WIDTH,
    height,
    land: draw(merge(atlas, countryShapes.geometries)),
    borders: draw(mesh(atlas, countryShapes, (a, b) => a !== b)),
    focus,
    countries: countries.filter((country) => country !== focus),
    towns,
    bands,
    landmarks: LANDMARKS.map(({ name, kind, at, anchor }) => {
      const [x, y] = project(at);
      return { name, kind, x, y, anchor };
    }),
  };
}

/** Whether the map draws this glossary entry (its entry then links to it). */
export function isOnMap(map: PlaceMap, id: string): boolean {
  return [map.focus, ...map.countries, ...map.towns, ...map.bands].some((place) => place.id === id);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
