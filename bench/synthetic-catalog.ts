import { stringify } from 'yaml';

/**
 * A valid catalog of `entries` entries for the benchmark: integer codes in
 * sections of 1,000, one message-only catalog of 1% the size, and texts with
 * the characters that need escaping (quotes, pipes, `*\/`) so escaping is
 * measured too.
 */
export function syntheticCatalogYaml(id: string, entries: number): string {
  const messageCount = Math.max(1, Math.floor(entries / 100));
  const codeCount = entries - messageCount;
  const sections: { id: string; title: string; entries: object[] }[] = [];
  for (let start = 0; start < codeCount; start += 1000) {
    const number = sections.length + 1;
    const section: { id: string; title: string; entries: object[] } = { id: `section-${number}`, title: `Section ${number}`, entries: [] };
    for (let code = start; code < Math.min(start + 1000, codeCount); code++) {
      section.entries.push({
        key: `ERROR_CODE_${code}`,
        code: code + 1,
        text: `Synthetic error ${code + 1}: "quoted" | piped */ text`,
        category: code % 7 === 0 ? 'rate_limit' : 'invalid_parameters',
      });
    }
    sections.push(section);
  }
  const messages = Array.from({ length: messageCount }, (_, i) => ({
    key: `MESSAGE_${i}`,
    text: `Synthetic message ${i}`,
    category: 'not_found',
  }));
  return stringify(
    {
      provider: { id, name: `Synthetic ${entries}` },
      wire: { body: { code: { pointer: '/error/code', encoding: 'string-or-integer' }, message: { pointer: '/error/message' } } },
      catalogs: [
        { id: 'codes', name: 'Codes', kind: 'error-code', codeType: 'integer', sections },
        { id: 'messages', name: 'Messages', kind: 'error-message', sections: [{ id: 'all', title: 'All', entries: messages }] },
      ],
    },
    { lineWidth: 0 },
  );
}
