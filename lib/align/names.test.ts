import { describe, expect, it } from 'vitest';
import { nameAnchors } from './names';

describe('nameAnchors', () => {
  it('links a name spelt in pinyin to the characters that spell it, one run of capitalised words as one name', () => {
    const { zh, en } = nameAnchors(
      ['中新网北京2月11日电 (门睿)近日发布的报告显示', '台湾经济研究院研究员邱达生认为'],
      ['Beijing, February 11, (Men Rui) as of late discharged the report', 'Qiu Dasheng, a researcher, believes'],
    );
    expect(zh[0]).toEqual(expect.arrayContaining(['p:beijing', 'p:menrui']));
    expect(en[0]).toEqual(['p:beijing', 'p:menrui']);
    expect(en[1]).toEqual(['p:qiudasheng']);
    expect(zh[1]).toContain('p:qiudasheng');
    // Each side's keys are only those the other side can share.
    expect(zh[1]).not.toContain('p:menrui');
  });

  it('finds nothing in lower-case words, single characters or English that spells no Chinese of the text', () => {
    const { zh, en } = nameAnchors(['门和人'], ['The men and Ren Men left; Hong Kong']);
    expect(en).toEqual([[]]);
    expect(zh).toEqual([[]]);
  });
});
