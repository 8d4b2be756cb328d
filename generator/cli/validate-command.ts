import { loadModel } from '../model/load-model.ts';
import { folderSource, modelOptions } from '../pipeline.ts';
import type { Project } from './project/project.ts';
import { plural } from '../vocabulary/plural.ts';

/** `errcat validate`: load and validate every catalog; prints a summary. Problems surface as a `CatalogError`. */
export async function validateCommand(project: Project, print: (line: string) => void): Promise<number> {
  const { model } = await loadModel(folderSource(project), modelOptions(project));
  print(`errcat: ${plural(model.providers.length, 'catalog')} valid (${plural(model.entryCount, 'entry', 'entries')}, inheritance resolved)`);
  return 0;
}
