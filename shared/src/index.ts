export * from './contracts/common';
export * from './contracts/health';
export * from './contracts/roles';
export * from './i18n/errors';
export * from './i18n/locale';
export * from './i18n/validation';
export * from './text/fold';
export * from './taxonomy';
