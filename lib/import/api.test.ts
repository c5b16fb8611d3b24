import { describe, expect, it } from 'vitest';
import * as importApi from './index';

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
});
