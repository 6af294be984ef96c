/**
 * 提示 (warnings) acknowledged with a written 说明. They live in the document as
 * `acknowledgements: { [findingKey]: { note, at } }`, an extra top-level field that files keep.
 */
import type { JuesuanDocument } from "../document/model";
import { plainFinding } from "./describe";
import type { Acknowledgement, Finding } from "./types";

export type Acknowledgements = Record<string, Acknowledgement>;

function isAcknowledgement(value: unknown): value is Acknowledgement {
  if (typeof value !== "object" || value === null) return false;
  const { note, at } = value as Record<string, unknown>;
  return typeof note === "string" && note.trim() !== "" && typeof at === "string";
}

/** The document's acknowledgements; malformed entries are ignored. */
export function acknowledgementsOf(doc: JuesuanDocument): Acknowledgements {
  const raw = doc.acknowledgements;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
  const out: Acknowledgements = {};
  for (const [key, value] of Object.entries(raw)) if (isAcknowledgement(value)) out[key] = value;
  return out;
}

/** A copy of the acknowledgements with `key` acknowledged (or, with an empty note, withdrawn). */
export function acknowledge(acks: Acknowledgements, key: string, note: string, at: string): Acknowledgements {
  const { [key]: _previous, ...rest } = acks;
  return note.trim() === "" ? rest : { ...rest, [key]: { note: note.trim(), at } };
}

/** Warnings that have an acknowledgement get it attached; errors and info cannot be acknowledged. */
export function markAcknowledged(findings: readonly Finding[], acks: Acknowledgements): Finding[] {
  return findings.map((finding) => {
    const ack = finding.severity === "warning" ? acks[finding.key] : undefined;
    return ack ? { ...plainFinding(finding), acknowledged: ack } : finding;
  });
}
