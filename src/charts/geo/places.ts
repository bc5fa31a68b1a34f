/**
 * Geography for the deployment map, written by hand: where the cities the article names lie, which
 * Natural Earth country stands for which actor, where country names are written and what area the map
 * shows. These are facts of geography, not of the news (WGS84 degrees east and north, to two decimals);
 * every news fact on the map still comes from the story model.
 */

export interface Place {
  name: string;
  lon: number;
  lat: number;
}

export const CITIES = {
  moscow: { name: 'Moscow', lon: 37.62, lat: 55.76 },
  // Kazakhstan's capital, called Nur-Sultan in the article (renamed Astana later in 2022).
  nurSultan: { name: 'Nur-Sultan', lon: 71.45, lat: 51.17 },
  almaty: { name: 'Almaty', lon: 76.89, lat: 43.24 },
} satisfies Record<string, Place>;

export type CityId = keyof typeof CITIES;

/** ISO 3166-1 numeric codes, the ids world-atlas gives its countries, by the story's actor id. */
export const COUNTRY_CODES: Record<string, string> = {
  russia: '643',
  kazakhstan: '398',
  armenia: '051',
  belarus: '112',
  kyrgyzstan: '417',
  tajikistan: '762',
  ukraine: '804',
};

/** A point inside each labelled country, clear of its cities, where its name is written first. */
export const LABEL_POINTS: Record<string, [number, number]> = {
  russia: [52, 57.5],
  kazakhstan: [64.5, 47.6],
  belarus: [28.2, 53.5],
  ukraine: [31.5, 49],
  armenia: [44.8, 40.2],
  kyrgyzstan: [74.2, 41.4],
  tajikistan: [70.8, 38.6],
};

/** The area shown: from Belarus and Ukraine in the west to Kazakhstan's eastern border. */
export const MAP_EXTENT = { west: 22, south: 36.5, east: 88, north: 60 };

/** What a story's deployment map draws, by id of the story's own data. */
export interface DeploymentMapSpec {
  /** The alliance whose members (its `member-of` relations) are marked. */
  alliance: string;
  /** The troops sent: the relation the arrow stands for, the figure that sizes it, and where it starts. */
  deployment: { relation: string; figure: string; fromCity: CityId };
  /** The troops massed along a border: the figure and the two countries whose shared border is marked. */
  massed: { figure: string; along: [string, string] };
  cities: CityId[];
}

export const DEPLOYMENT_MAPS: Record<string, DeploymentMapSpec> = {
  'putin-sends-troops-kazakhstan-unrest': {
    alliance: 'csto',
    deployment: { relation: 'russia-deployed-to-kazakhstan', figure: 'russian-troops-deployed', fromCity: 'moscow' },
    massed: { figure: 'troops-massed-near-ukraine', along: ['russia', 'ukraine'] },
    cities: ['moscow', 'nurSultan', 'almaty'],
  },
};
