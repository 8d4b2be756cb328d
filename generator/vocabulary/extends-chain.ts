/** Anything that names a provider and, for a white-label copy, the provider it extends. */
export interface ExtendingProvider {
  file: { provider: { id: string; extends?: string | undefined } };
}

/**
 * A provider, then its parent, and so on up: the chain a white-label copy
 * inherits from. A missing parent or a loop ends it (validation reports
 * both), so it is safe on any input. Validation and the model both walk it.
 */
export function chainOf<T extends ExtendingProvider>(own: T, byId: ReadonlyMap<string, T>): T[] {
  const chain = [own];
  for (let parent = byId.get(own.file.provider.extends ?? ''); parent && !chain.includes(parent); parent = byId.get(parent.file.provider.extends ?? '')) {
    chain.push(parent);
  }
  return chain;
}
