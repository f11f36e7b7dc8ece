export * from './api-client';
export * from './tenant';
export * from './test-api';
export * from './test-env';
export * from './wait-for';
export * from './worker-process';
export * from './test-db';
