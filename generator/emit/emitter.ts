import type { Model } from '../model/model.ts';
import type { GeneratedFile } from './generated-file.ts';

/** A pure function from the model to the files of one target. */
export type Emitter = (model: Model) => GeneratedFile[];
