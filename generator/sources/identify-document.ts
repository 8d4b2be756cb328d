import type { DocumentParser } from './documented-entry.ts';
import { parseBsgDocument } from './parse-bsg-document.ts';
import { parseNotificoreDocument } from './parse-notificore-document.ts';
import { parseSerwersmsDocument } from './parse-serwersms-document.ts';
import { parseSmsapiDocument } from './parse-smsapi-document.ts';
import { parseYellowpushDocument } from './parse-yellowpush-document.ts';

/** A document shape errcat knows: which provider publishes it and how to read it. */
export interface DocumentShape {
  /** Id of the provider whose catalogs the document is checked against. */
  providerId: string;
  /** The parser for this shape. */
  parse: DocumentParser;
}

/** A known shape and the test that recognises it from the text. */
interface RecognisableShape extends DocumentShape {
  /** Whether a document's text has this shape. */
  recognise: (text: string) => boolean;
}

/**
 * The known shapes. Documents are recognised by what they say, not by their
 * file names (which are content hashes). Each test asks for the provider's
 * name or wording plus the layout's own markers, so that, for instance,
 * Notificore's and BSG's copies of the same catalog are told apart by whose
 * name they carry, and a page of another provider that merely mentions a
 * table header is not taken for one of these.
 */
const SHAPES: readonly RecognisableShape[] = [
  {
    providerId: 'notificore',
    parse: parseNotificoreDocument,
    recognise: (text) => /\bNotificore\b/.test(text) && /^Errors for API 1\.0$/m.test(text),
  },
  {
    providerId: 'bsg',
    parse: parseBsgDocument,
    recognise: (text) => /^BSG uses standard HTTP status codes/m.test(text) && /^Errors for API 1\.0$/m.test(text),
  },
  {
    providerId: 'smsapi',
    parse: parseSmsapiDocument,
    recognise: (text) =>
      /^Delivery statuses$/m.test(text) && /^Number Status Description$/m.test(text) && /^Error code Description$/m.test(text),
  },
  {
    providerId: 'serwersms',
    parse: parseSerwersmsDocument,
    recognise: (text) => /^HTTPS API v2\b/m.test(text) && /^Code Type Description$/m.test(text),
  },
  {
    providerId: 'yellowpush',
    parse: parseYellowpushDocument,
    recognise: (text) => text.includes('"listErrors"') && text.includes('(1 controlled, 2 system)'),
  },
];

/**
 * Every known shape the document matches. Normally one; none means the
 * document is not one errcat can read, several mean the tests are no longer
 * specific enough — both are reported rather than guessed.
 */
export function matchingDocumentShapes(text: string): DocumentShape[] {
  return SHAPES.filter((shape) => shape.recognise(text)).map(({ providerId, parse }) => ({ providerId, parse }));
}

/** The one known shape the document has, or `undefined` when it has none or is ambiguous. */
export function identifyDocument(text: string): DocumentShape | undefined {
  const shapes = matchingDocumentShapes(text);
  return shapes.length === 1 ? shapes[0] : undefined;
}
