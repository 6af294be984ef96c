import type { Unit } from "./document/model";
import { type Money, multiply, yuanToWanyuan } from "./money";

/** An amount from a document in `from` as an amount in `to`: exact (decimal.js), rounded only when printed. */
export function convertUnit(m: Money, from: Unit, to: Unit): Money {
  if (from === to) return m;
  return from === "元" ? yuanToWanyuan(m) : multiply(m, "10000");
}
