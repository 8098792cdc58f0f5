import { BUILT_IN_KINDS } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { KindDefinitionSchema } from './kind-definition.contract.js';

describe('KindDefinitionSchema', () => {
  // The web builds its kinds from /meta through this schema, which drops what it does not name:
  // once, every statute rule (the review window, the statutory clock's label) vanished on the way.
  it.each(BUILT_IN_KINDS.map((kind) => [kind.id, kind] as const))('carries every field of the built-in kind %s', (_id, kind) => {
    const json = JSON.parse(JSON.stringify(kind)) as unknown;
    expect(KindDefinitionSchema.parse(json)).toEqual(json);
  });
});
