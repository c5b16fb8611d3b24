import { GLOSSARY_SOURCES, type GlossarySource } from '../glossary';

/** Reads a glossary choice from an untrusted value (cookie, URL parameter); anything else is the project's. */
export function parseGlossarySource(value: unknown): GlossarySource {
  return GLOSSARY_SOURCES.find((source) => source === value) ?? 'project';
}
