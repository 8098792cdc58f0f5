export * from './error.contract.js';
export * from './auth.contract.js';
export * from './work-item.contract.js';
export * from './meta.contract.js';
export * from './action.contract.js';
export * from './unsafe-text.js';
export * from './admin.contract.js';
export * from './session.contract.js';
