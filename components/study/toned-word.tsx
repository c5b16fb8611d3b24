import { characterTones } from '@/lib/study/tones';

/** A Chinese word with each character marked by its tone (data-tone) when its pinyin pairs up with it; coloured only when tone colours are on. */
export function TonedWord({ word, pinyin }: { word: string; pinyin: string }) {
  const tones = characterTones(word, pinyin);
  if (!tones) return <>{word}</>;
  return (
    <>
      {Array.from(word, (ch, i) => (
        <span key={i} data-tone={tones[i]}>
          {ch}
        </span>
      ))}
    </>
  );
}
