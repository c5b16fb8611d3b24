import { describe, expect, it } from 'vitest';
import * as libraryApi from './index';

describe('public API', () => {
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
