export * from './common/locale';
export * from './common/errors';
export * from './common/pagination';
export * from './common/health';
export * from './announcement/announcement.schema';
