import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { identifyDocument, matchingDocumentShapes } from '../../generator/sources/identify-document.ts';
import { parseBsgDocument } from '../../generator/sources/parse-bsg-document.ts';
import { parseNotificoreDocument } from '../../generator/sources/parse-notificore-document.ts';
import { parseSerwersmsDocument } from '../../generator/sources/parse-serwersms-document.ts';
import { parseSmsapiDocument } from '../../generator/sources/parse-smsapi-document.ts';
import { parseYellowpushDocument } from '../../generator/sources/parse-yellowpush-document.ts';

const SEEDS = new URL('documents/', import.meta.url);

describe('identifyDocument', () => {
  it.each([
    { file: '000_654bab6049d8dfb2.txt', providerId: 'notificore', parse: parseNotificoreDocument },
    { file: '001_84be2cf32c8497c4.txt', providerId: 'smsapi', parse: parseSmsapiDocument },
    { file: '002_64c2f61d8a21bae5.txt', providerId: 'bsg', parse: parseBsgDocument },
    { file: '003_814eb265da9ef9a0.txt', providerId: 'serwersms', parse: parseSerwersmsDocument },
    { file: '004_2cbaa1f5ed668981.txt', providerId: 'yellowpush', parse: parseYellowpushDocument },
  ])('recognises $file as $providerId by its content', async ({ file, providerId, parse }) => {
    const text = await readFile(new URL(file, SEEDS), 'utf8');
    expect(identifyDocument(text)).toEqual({ providerId, parse });
  });

  it.each([
    { name: 'unrelated text', text: 'Twilio error 30003: Unreachable destination handset.' },
    { name: 'a table header alone', text: 'Code Type Description\n1001 InvalidUser Incorrect login or password\n' },
    { name: 'an empty document', text: '' },
  ])('recognises nothing in $name', ({ text }) => {
    expect(matchingDocumentShapes(text)).toEqual([]);
    expect(identifyDocument(text)).toBeUndefined();
  });

  it('refuses to choose when a document has the markers of two shapes', () => {
    const text = 'Notificore and BSG\nBSG uses standard HTTP status codes.\nErrors for API 1.0\n';
    expect(matchingDocumentShapes(text).map((shape) => shape.providerId)).toEqual(['notificore', 'bsg']);
    expect(identifyDocument(text)).toBeUndefined();
  });
});
