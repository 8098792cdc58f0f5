import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILT_IN_KINDS, createKindRegistry, type KindDefinition, type KindRegistry } from '@parkflow/domain';
import { ConfigError, type KindSource } from './runtime-config.js';

/** A path (absolute, or ./relative to the working directory) is imported as a file; anything else as a package. */
function specifier(module: string): string {
  if (isAbsolute(module) || module.startsWith('.')) return pathToFileURL(resolve(module)).href;
  return module;
}

async function definitionsOf(module: string): Promise<KindDefinition[]> {
  let loaded: { kinds?: unknown; default?: unknown };
  try {
    loaded = (await import(specifier(module))) as typeof loaded;
  } catch (error) {
    throw new ConfigError(`PARKFLOW_KIND_MODULES: cannot load "${module}": ${(error as Error).message}`);
  }
  const kinds = loaded.kinds ?? loaded.default;
  if (!Array.isArray(kinds)) throw new ConfigError(`PARKFLOW_KIND_MODULES: "${module}" must export \`kinds\`, a list of kind definitions`);
  return kinds as KindDefinition[];
}

/**
 * The kind registry of this process: the built-in kinds, a team's own from PARKFLOW_KIND_MODULES,
 * and the park's overrides, each checked (a bad definition or override stops the start with the
 * definition check's message). Built once at start and passed to everything that decides.
 */
export async function loadKindRegistry(source: KindSource): Promise<KindRegistry> {
  const extra = (await Promise.all(source.modules.map(definitionsOf))).flat();
  try {
    return createKindRegistry([...BUILT_IN_KINDS, ...extra], source.overrides);
  } catch (error) {
    const where = source.overrides ? `kinds (${source.overridesSource}${source.modules.length ? `, PARKFLOW_KIND_MODULES` : ''})` : 'kinds (PARKFLOW_KIND_MODULES)';
    throw new ConfigError(`${where}: ${(error as Error).message}`);
  }
}
