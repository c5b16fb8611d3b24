'use client';

import { useId } from 'react';
import { cn } from '@/lib/ui/cn';

export interface SegmentedRadioOption {
  value: string;
  label: React.ReactNode;
  /** Accessible name when the visible label is not enough (e.g. 繁體 台). */
  name?: string;
  title?: string;
}

/** A labelled group of radio buttons drawn as a segmented control; native radios keep it keyboard operable. */
export function SegmentedRadio({
  legend,
  options,
  value,
  onChange,
  ...props
}: {
  legend: string;
  options: readonly SegmentedRadioOption[];
  value: string;
  onChange: (value: string) => void;
} & Omit<React.ComponentProps<'fieldset'>, 'onChange'>) {
  const name = useId();
  return (
    <fieldset {...props} className={cn('flex items-center gap-1', props.className)}>
      <legend className="sr-only">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} title={option.title} className="choice">
          <input
            type="radio"
            className="sr-only"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-label={option.name}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
