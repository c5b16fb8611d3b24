import { describe, expect, it } from 'vitest';
import * as importApi from './index';
import * as libraryApi from '../library';

describe('public API', () => {
  it('lib/import exports these values', () => {
    expect(Object.keys(importApi).sort()).toEqual([
      'DEFAULT_PUBLICATION',
      'ImportError',
      'decodeText',
      'importDocument',
      'isDocx',
      'parseBitext',
      'prepareImport',
      'readInputFile',
      'readParagraphs',
    ]);
  });

  it('lib/library exports these values', () => {
    expect(Object.keys(libraryApi).sort()).toEqual([
      'ADMIN_TOKEN_VARIABLE',
      'LibraryError',
      'MAX_FILE_BYTES',
      'MAX_REQUEST_BODY_BYTES',
      'MAX_SLUG_LENGTH',
      'MAX_TEXT_BYTES',
      'StaleVersionError',
      'isLoopback',
      'isSlugTaken',
      'isValidSlug',
      'isWriteAllowed',
      'libraryDir',
      'normalizeParagraph',
      'removeAlignment',
      'saveAlignment',
      'slugify',
      'uniqueSlug',
      'writeDocument',
    ]);
  });
});
