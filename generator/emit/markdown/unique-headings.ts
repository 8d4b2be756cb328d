import type { CatalogModel, SectionModel } from '../../model/model.ts';

/**
 * Headings for a provider README's catalogs and sections, each unlike every
 * other heading of the page (markdownlint MD024; a repeated heading also gets
 * an anchor suffixed `-1` that nobody can predict). A catalog is headed by its
 * name, a section by its title (`<title> entries` when that is its catalog's
 * name); one that would repeat an earlier heading says whose it is, `All
 * (Integer codes)`, then, as ids are unique, the ids themselves (`All (codes /
 * all)`). Decided in the documented order, so the first of two keeps the plain name.
 */
export function uniqueHeadings(fixed: readonly string[], catalogs: readonly CatalogModel[]) {
  const taken = new Set(fixed);
  const first = (candidates: readonly string[]) => {
    const heading = candidates.find((c) => !taken.has(c)) ?? candidates[candidates.length - 1]!;
    taken.add(heading);
    return heading;
  };
  const catalogHeadings = new Map<CatalogModel, string>();
  const sectionHeadings = new Map<SectionModel, string>();
  for (const catalog of catalogs) {
    catalogHeadings.set(catalog, first([catalog.name, `${catalog.name} (${catalog.id})`]));
    for (const section of catalog.sections) {
      // A section titled as its catalog (a catalog of one section, usually) is its catalog's entries.
      const title = section.title === catalog.name ? `${section.title} entries` : section.title;
      sectionHeadings.set(section, first([title, `${title} (${catalog.name})`, `${title} (${catalog.id} / ${section.id})`]));
    }
  }
  return {
    catalog: (catalog: CatalogModel) => catalogHeadings.get(catalog)!,
    section: (section: SectionModel) => sectionHeadings.get(section)!,
  };
}
