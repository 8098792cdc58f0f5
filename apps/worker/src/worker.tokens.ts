export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');
/** The kind registry main.ts builds at start (built-in kinds, PARKFLOW_KIND_MODULES, the park's overrides); the same as the api's. */
export const KIND_REGISTRY = Symbol('KIND_REGISTRY');
