import type { Model } from '../model/model.ts';
import type { GeneratedFile } from './generated-file.ts';

/**
 * A pure function from the model to the files of one target. `units`, when
 * given, names the only output units wanted (see `vocabulary/output-units.ts`):
 * an emitter may skip costly work for the others (their files are dropped anyway).
 * An emitter may make its files lazily (a generator): each is taken as it
 * comes, so a large catalog's files need not all be text in memory at once.
 */
export type Emitter = (model: Model, units?: ReadonlySet<string>) => Iterable<GeneratedFile>;
