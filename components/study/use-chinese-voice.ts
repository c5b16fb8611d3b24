'use client';

import { useEffect, useState } from 'react';

/** A voice for Chinese: zh-CN, zh-TW, zh_HK, cmn-… as browsers name them. */
const CHINESE = /^(zh|cmn|yue)([-_]|$)/i;

/**
 * The browser's Chinese speech-synthesis voice, or null when there is none (then no read-aloud control
 * is shown). Voices load asynchronously in some browsers, hence the voiceschanged listener.
 */
export function useChineseVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof window.speechSynthesis === 'undefined') return;
    const synth = window.speechSynthesis;
    const pick = () => setVoice(synth.getVoices().find((v) => CHINESE.test(v.lang)) ?? null);
    pick();
    synth.addEventListener('voiceschanged', pick);
    return () => synth.removeEventListener('voiceschanged', pick);
  }, []);
  return voice;
}

/** Reads a text aloud with the voice, stopping whatever was being read. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}
