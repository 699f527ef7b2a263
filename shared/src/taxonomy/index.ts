// Each module stands alone (the web bundle imports '@ctn/shared/taxonomy/provinces' and pulls nothing else);
// this barrel is for server code that wants several at once.
export * from './certificates';
export * from './communes';
export * from './identifiers';
export * from './minimum-wages';
export * from './occupations';
export * from './provinces';
export * from './skills';
