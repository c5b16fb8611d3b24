import { pinyinPieces } from '@/lib/study/tones';

/** Pinyin with each syllable marked by its tone (data-tone), coloured only when the reader turns tone colours on. */
export function TonedPinyin({ pinyin, ...props }: { pinyin: string } & React.ComponentProps<'span'>) {
  return (
    <span lang="zh-Latn-pinyin" {...props}>
      {pinyinPieces(pinyin).map((piece, i) =>
        piece.tone === null ? (
          piece.text
        ) : (
          <span key={i} data-tone={piece.tone}>
            {piece.text}
          </span>
        ),
      )}
    </span>
  );
}
