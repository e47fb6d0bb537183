export * from './common.ts';
export * from './experience.ts';
export * from './page.ts';
export * from './publication.ts';
export * from './site.ts';
export * from './teaching.ts';
