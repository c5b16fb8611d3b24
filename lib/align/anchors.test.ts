import { describe, expect, it } from 'vitest';
import { extractAnchors, numberHeading, parseChineseNumeral, parseEnglishNumber, parseRomanNumeral, startsWithNumber } from './index';

/** Anchors the two sides share, as a sorted multiset. */
function shared(zh: string, en: string): string[] {
  const left = extractAnchors(zh, 'zh');
  const out: string[] = [];
  for (const key of extractAnchors(en, 'en')) {
    const at = left.indexOf(key);
    if (at >= 0) {
      out.push(key);
      left.splice(at, 1);
    }
  }
  return out.sort();
}

describe('numbers', () => {
  it('reads Chinese numerals', () => {
    expect(['十', '十一', '二十六', '一百二十', '二〇二四', '三万五千'].map(parseChineseNumeral)).toEqual([10, 11, 26, 120, 2024, 35000]);
    expect(parseChineseNumeral('一一一十')).toBeUndefined();
  });
  it('reads English number words, cardinal and ordinal', () => {
    expect(
      ['Eleven', 'Twenty-six', 'twenty six', 'Ten', 'first', 'Twelfth', 'twenty-first', 'one hundred and twenty'].map(parseEnglishNumber),
    ).toEqual([11, 26, 26, 10, 1, 12, 21, 120]);
    expect(['six twenty', 'eleven three', 'We', ''].map(parseEnglishNumber)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('reads Roman numerals', () => {
    expect(['I', 'II', 'IV', 'XIV', 'XL'].map(parseRomanNumeral)).toEqual([1, 2, 4, 14, 40]);
    expect(parseRomanNumeral('IIII')).toBeUndefined();
  });
});

describe('section numbers', () => {
  it('recognises paragraphs that are only a number', () => {
    expect(['十一', 'Eleven', 'Twenty-six', '10', 'II.', '三、', 'One'].map(numberHeading)).toEqual([11, 11, 26, 10, 2, 3, 1]);
    expect(['习近平', 'Xi Jinping', '10\n9. We must', 'One of the most complex'].map(numberHeading)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('sees a paragraph that opens with a number', () => {
    expect(['10\n9. We must insist', '1. Deeply study', 'II. Accurately grasp', '一、深入学习'].map(startsWithNumber)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['2023年10月10日', 'In 1994, my country', '30 years ago'].map(startsWithNumber)).toEqual([false, false, false]);
  });
});

describe('extractAnchors', () => {
  it('pairs 十一 with Eleven and 二十六 with Twenty-six', () => {
    expect(shared('十一', 'Eleven')).toEqual(['e:11', 'n:11']);
    expect(shared('二十六', 'Twenty-six')).toEqual(['e:26', 'n:26']);
    expect(shared('十一', 'Twelve')).toEqual([]);
  });
  it('pairs numbers counted in 万 and 亿 with thousands, millions and billions', () => {
    expect(shared('出超金额仅23.4亿美元，新增基站2万个', 'a surplus of only US$2.34 billion, 20,000 new base stations')).toEqual([
      'n:20000',
      'n:2340000000',
    ]);
    expect(shared('共1.2万亿元', '1.2 trillion yuan and 12,000 more')).toEqual(['n:1200000000000']);
  });
  it('pairs small counts spelt out in English with Chinese digits and counted numerals, but not "one" or idioms', () => {
    expect(shared('三部门发布通知，出口连续7个月下降', 'Three departments said exports fell for seven straight months')).toEqual([
      'n:3',
      'n:7',
    ]);
    expect(shared('两会召开，三心二意', 'One of the two sessions opened')).toEqual([]);
  });
  it('pairs 2013年1月5日 with January 5, 2013', () => {
    expect(shared('(2013年1月5日在研讨班上的讲话)', '(Speech at the seminar on January 5, 2013)')).toEqual([
      'd:2013-1-5',
      'n:1',
      'n:2013',
      'n:5',
    ]);
    expect(extractAnchors('2024年6月', 'zh')).toContain('ym:2024-6');
    expect(extractAnchors('in June 2024', 'en')).toContain('ym:2024-6');
  });
  it('pairs enumerations: 一、 with 1. and 二、 with II.', () => {
    expect(shared('一、深入学习领会', '1. Deeply study and understand')).toEqual(['e:1', 'n:1']);
    expect(shared('二、准确把握', 'II. Accurately grasp')).toEqual(['e:2', 'n:2']);
  });
  it('pairs ordinals, congresses and anniversaries', () => {
    expect(shared('党的十八大以来', 'Since the 18th CPC National Congress')).toEqual(['n:18']);
    expect(shared('第十二届全国人民代表大会第一次会议', "the First Session of the 12th National People's Congress")).toEqual([
      'n:1',
      'n:12',
    ]);
    expect(shared('十九届四中全会', 'Fourth Plenary Session of the 19th')).toEqual(['n:19', 'n:4']);
    // A bare numeral inside prose is not an anchor: 一个 is just "a".
    expect(extractAnchors('一个国家选择什么样的治理体系', 'zh')).toEqual([]);
  });
  it('counts quotations, book titles and ※ markers', () => {
    expect(shared('来源:《求是》2024/14', 'Source: "Seeking Truth" 2024/14')).toEqual(['n:14', 'n:2024', 'q']);
    expect(shared('“橘生淮南则为橘”', '"Oranges grown in the south"')).toEqual(['q']);
    expect(shared('※这是节录。', '※This is an excerpt.')).toEqual(['m:※']);
  });
});
