import { describe, expect, it } from 'vitest';
import { convertText, convertWord, parseScript, SCRIPTS } from './index';

describe('parseScript', () => {
  it('accepts each script name', () => {
    expect(SCRIPTS.map(parseScript)).toEqual(['hans', 'hant-tw', 'hant-hk']);
  });

  it('falls back to Simplified for anything else', () => {
    expect([undefined, null, 'zh-TW', 'HANT-TW', 3, ['hant-tw']].map(parseScript)).toEqual(Array(6).fill('hans'));
  });
});

describe('convertWord', () => {
  it('converts to Taiwan Traditional', () => {
    expect(convertWord('网络强国建设', 'hant-tw')).toBe('網絡強國建設');
  });

  it('converts to Hong Kong Traditional, which keeps 網絡 as Taiwan does here', () => {
    expect(convertWord('网络强国建设', 'hant-hk')).toBe('網絡強國建設');
  });

  it('follows each standard where they differ', () => {
    expect(['着力', '里面', '台湾'].map((w) => convertWord(w, 'hant-tw'))).toEqual(['著力', '裡面', '臺灣']);
    expect(['着力', '里面', '台湾'].map((w) => convertWord(w, 'hant-hk'))).toEqual(['着力', '裏面', '台灣']);
  });

  it('leaves Simplified as it is', () => {
    expect(convertWord('网络强国建设', 'hans')).toBe('网络强国建设');
  });

  it('gives the same answer from its cache', () => {
    expect(convertWord('干部', 'hant-tw')).toBe('幹部');
    expect(convertWord('干部', 'hant-tw')).toBe('幹部');
  });
});

describe('convertText', () => {
  it('converts running text and leaves Simplified alone', () => {
    const title = '以网络法治高质量发展服务保障网络强国建设';
    expect(convertText(title, 'hant-tw')).toBe('以網絡法治高質量發展服務保障網絡強國建設');
    expect(convertText(title, 'hans')).toBe(title);
  });
});
