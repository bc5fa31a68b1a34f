/** The content schemas, one per concept. */
export * from './common';
export * from './article';
export * from './actor';
export * from './event';
export * from './figure';
export * from './claim';
export * from './relation';
export * from './note';
export * from './later-event';
export * from './map';
export * from './vocabulary';
