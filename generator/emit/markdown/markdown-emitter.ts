import type { Emitter } from '../emitter.ts';
import type { GeneratedFile } from '../generated-file.ts';
import type { Model } from '../../model/model.ts';
import { htmlCommentHeader } from '../file-header.ts';
import { coreReadmeView, indexReadmeView } from './index-readme-view.ts';
import { providerReadmeView } from './provider-readme-view.ts';
import { renderTemplate } from './templates.ts';

/** Emits the Markdown reference: a README per provider, one for core, and the index with the category matrix. */
export const emitMarkdown: Emitter = (model) => {
  return [
    emitIndexReadme(model),
    { path: 'core/README.md', content: htmlCommentHeader(model.coreSources) + renderTemplate('core-readme.md.hbs', coreReadmeView(model)) },
    ...model.providers.map((p) => ({
      path: `${p.id}/README.md`,
      content: htmlCommentHeader(p.sources) + renderTemplate('provider-readme.md.hbs', providerReadmeView(p, model.corePackageName)),
    })),
  ];
};

/** The index README at the top of the output folder: the only file made from every provider. */
export function emitIndexReadme(model: Model): GeneratedFile {
  return { path: 'README.md', content: htmlCommentHeader(model.sources) + renderTemplate('index-readme.md.hbs', indexReadmeView(model)) };
}
