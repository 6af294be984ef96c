/** 第四部分 名词解释 of the sample: the training glossary's transcription (one copy of the seed's text). */
import { GLOSSARY } from "../../training/glossary";
import type { GlossaryEntry } from "../model";

export const SEED_GLOSSARY: GlossaryEntry[] = GLOSSARY.map(({ term, definition }) => ({ term, definition }));
