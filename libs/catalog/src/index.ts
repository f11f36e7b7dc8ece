export * from './cluster-kinds';
