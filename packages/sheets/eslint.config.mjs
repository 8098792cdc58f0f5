export { default } from '@parkflow/tooling/eslint';
