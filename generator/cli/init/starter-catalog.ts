/** The id (and file name) of the catalog `errcat init` writes to start from. */
export const STARTER_ID = 'example-sms';

/**
 * A small, valid catalog to start from, every field explained: copy it for
 * each provider you integrate and fill it from the provider's documentation.
 * `schemaRef` points editors (through the YAML language server) at the
 * catalog schema inside the installed errcat package.
 */
export function starterCatalog(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
# A provider's documented error catalog. errcat generates a typed package, an
# OpenAPI fragment and a Markdown reference from it: \`errcat generate\`.
# The file name must be the provider id. Copy this file for each provider you
# integrate (or \`extends\` one errcat ships: notificore, bsg, smsapi,
# serwersms, yellowpush) and delete it once you have your own.
provider:
  id: ${STARTER_ID}
  name: Example SMS
  documentation: https://example.com/docs/errors
  language: en                     # language of the documented texts
wire:                              # the error response as the provider documents it
  httpStatuses:
    - status: 400
      description: Bad request
  body:
    code: { pointer: /error/code, encoding: integer }
    message: { pointer: /error/message }
    examples:
      - summary: The documented example
        value: { "error": { "code": 2, "message": "Not enough funds" } }
catalogs:
  - id: api
    name: API errors
    kind: error-code               # error-code | error-message | http-status | delivery-status
    codeType: integer              # integer | string
    sections:
      - id: common
        title: Common errors       # the documented heading
        entries:
          - key: INVALID_API_KEY   # stable: enum members are named after it
            code: 1
            text: Invalid API key  # verbatim, typos included: it is what the API sends
            category: authentication
          - key: NOT_ENOUGH_FUNDS
            code: 2
            text: Not enough funds
            category: insufficient_balance
`;
}
