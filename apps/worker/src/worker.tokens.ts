export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');
