import { codeSpan, escapeTableCell } from '../emit/markdown/markdown-escape.ts';
import { plural } from '../vocabulary/plural.ts';
import type { Change, ChangeValue, Versioned } from '../changes/change.ts';
import type { ClassificationCounts, DiffReport, PackageReport, SideLabel } from './diff-report.ts';
import { CLASSIFICATIONS, type Classification } from '../changes/rules.ts';

/**
 * Renders a report as Markdown to post as a pull-request comment: one summary
 * line (what was compared, how many changes of each class, the suggested
 * bumps), then a table per changed package, breaking changes first. Keys and
 * codes show as `old` → `new`. No trailing newline: the caller prints lines.
 */
export function renderMarkdown(report: DiffReport): string {
  const blocks = [summaryLine(report), ...report.packages.map((p) => packageSection(p, report.changes))];
  return blocks.join('\n\n');
}

function summaryLine(report: DiffReport): string {
  const compared = `**errcat diff** ${side(report.old)} → ${side(report.new)}`;
  const total = report.changes.length;
  if (total === 0) return `${compared}: no catalog changes in ${plural(report.providers, 'provider')}.`;
  const bumps = report.packages
    .filter((p) => p.bump !== undefined)
    .map((p) => `${codeSpan(p.packageName, { inTable: false })} ${p.bump}`);
  const suggestion = bumps.length > 0 ? ` Suggested bumps: ${bumps.join(', ')}.` : '';
  return `${compared}: ${plural(total, 'change')} (${counts(report.counts)}) in ${report.packages.length} of ${plural(report.providers, 'provider')}.${suggestion}`;
}

/** `origin/main` (`1a2b3c4`), `old/acme.yaml`, or the working tree. */
function side(label: SideLabel): string {
  if (label.kind === 'working-tree') return 'working tree';
  const name = codeSpan(label.label, { inTable: false });
  return label.commit === undefined ? name : `${name} (${codeSpan(label.commit.slice(0, 7), { inTable: false })})`;
}

function packageSection(pkg: PackageReport, changes: readonly Change[]): string {
  const verdict = pkg.status === 'added' ? 'new package' : pkg.status === 'removed' ? `${pkg.bump} (package removed)` : pkg.bump;
  const rows = changes
    .filter((c) => c.provider === pkg.provider)
    // A stable sort: within a class, changes keep the order of the catalog.
    .sort((a, b) => CLASSIFICATIONS.indexOf(a.classification) - CLASSIFICATIONS.indexOf(b.classification))
    .map(row);
  return [
    `### ${escapeTableCell(pkg.name)} — ${codeSpan(pkg.packageName, { inTable: false })}: ${verdict}`,
    '',
    `${counts(pkg.counts)}.`,
    '',
    '| class | rule | catalog | key | code | change |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function row(change: Change): string {
  const cells = [
    classLabel(change.classification),
    codeSpan(change.rule),
    change.catalog === undefined ? '' : codeSpan(change.catalog),
    versioned(change.key),
    versioned(change.code),
    describe(change) + (change.inheritedFrom === undefined ? '' : ` (inherited from ${codeSpan(change.inheritedFrom)})`),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Breaking is bold: it is what a reviewer must not miss. */
function classLabel(classification: Classification): string {
  return classification === 'breaking' ? '**breaking**' : classification;
}

/** `KEY`, or `OLD` → `NEW` when it changed, or the one side there is. */
function versioned(value: Versioned<string | number> | undefined): string {
  if (value === undefined) return '';
  const { old: before, new: after } = value;
  if (before !== undefined && after !== undefined && String(before) !== String(after)) return `${codeSpan(String(before))} → ${codeSpan(String(after))}`;
  const only = after ?? before;
  return only === undefined ? '' : codeSpan(String(only));
}

/** What happened, in words; the values shown `old` → `new`. */
function describe(change: Change): string {
  const oldValue = change.old === undefined ? undefined : show(change.old);
  const newValue = change.new === undefined ? undefined : show(change.new);
  switch (change.rule) {
    case 'PROVIDER_ADDED':
      return `provider added: ${newValue}`;
    case 'PROVIDER_REMOVED':
      return `provider removed: ${oldValue}`;
    case 'CATALOG_ADDED':
      return `catalog added: ${newValue}`;
    case 'CATALOG_REMOVED':
      return `catalog removed: ${oldValue}`;
    case 'SECTION_ADDED':
      return `section ${codeSpan(change.section ?? '')} added: ${newValue}`;
    case 'SECTION_REMOVED':
      return `section ${codeSpan(change.section ?? '')} removed: ${oldValue}`;
    case 'SECTION_CHANGED':
      return `section ${codeSpan(change.section ?? '')} ${fieldChange(change.field, oldValue, newValue)}`;
    case 'RESERVED_RANGE_ADDED':
      return 'reserved range added';
    case 'RESERVED_RANGE_REMOVED':
      return 'reserved range removed';
    case 'RESERVED_RANGE_CHANGED':
      return 'reserved range resized';
    case 'RESERVED_DOCS_CHANGED':
      return `reserved range ${fieldChange(change.field, oldValue, newValue)}`;
    case 'ENTRY_ADDED':
      return `entry added: ${newValue}`;
    case 'ENTRY_REMOVED':
      return `entry removed: ${oldValue}`;
    case 'ENTRY_RENAMED':
      return `key renamed, declared in ${codeSpan('previousKeys')}: the old key stays as a deprecated alias until the next major version`;
    case 'ENTRY_ALIAS_REMOVED':
      return `deprecated alias removed: ${oldValue}`;
    case 'ENTRY_REKEYED':
      return `key changed, same ${change.code === undefined ? 'text' : 'code'}; declare the old key in ${codeSpan('previousKeys')} if this is a rename`;
    case 'ENTRY_RECODED':
      return 'code changed, same key';
    case 'ENTRY_DEPRECATED':
      return `deprecated${deprecation(change.new)}`;
    case 'ENTRY_UNDEPRECATED':
      return 'no longer deprecated';
    default:
      return fieldChange(change.field, oldValue, newValue);
  }
}

function fieldChange(field: string | undefined, oldValue: string | undefined, newValue: string | undefined): string {
  const name = codeSpan(field ?? 'value');
  if (oldValue === undefined) return `${name} added: ${newValue}`;
  if (newValue === undefined) return `${name} removed: ${oldValue}`;
  return `${name}: ${oldValue} → ${newValue}`;
}

function deprecation(value: ChangeValue | undefined): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return '';
  const d = value as { since?: string; reason?: string; replacedBy?: string };
  const parts = [
    d.since === undefined ? undefined : `since ${codeSpan(d.since)}`,
    d.reason === undefined ? undefined : `because ${codeSpan(d.reason)}`,
    d.replacedBy === undefined ? undefined : `replaced by ${codeSpan(d.replacedBy)}`,
  ].filter((p) => p !== undefined);
  return parts.length === 0 ? '' : ` ${parts.join(', ')}`;
}

/** A changed value in a cell: texts and numbers as code, lists item by item, anything else as JSON. */
function show(value: ChangeValue): string {
  if (typeof value === 'string') return codeSpan(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return codeSpan(String(value));
  if (Array.isArray(value)) return value.length === 0 ? '_none_' : value.map((v) => show(v as ChangeValue)).join(', ');
  return codeSpan(JSON.stringify(value));
}

function counts(c: ClassificationCounts): string {
  return CLASSIFICATIONS.map((k) => `${c[k]} ${k}`).join(', ');
}
