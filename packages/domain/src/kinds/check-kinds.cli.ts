import { BUILT_IN_KINDS, createKindRegistry, KindDefinitionError } from './kind-registry.js';

/*
 * Run by the domain's build after tsc: an inconsistent built-in kind fails the build with the
 * definition check's messages, not a case halfway through its life. Kinds a team adds outside
 * this package are checked the same way when the registry is built at start (and by their tests).
 */
try {
  const registry = createKindRegistry(BUILT_IN_KINDS);
  console.log(`kind definitions: ${registry.ids.join(', ')} consistent`);
} catch (error) {
  if (!(error instanceof KindDefinitionError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exitCode = 1;
}
