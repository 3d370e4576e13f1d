/**
 * Identifier formats and check digits (see the guidance's domain facts):
 * Amazon order IDs, ASINs, GTIN/EAN/UPC (GS1 mod 10), UPS 1Z and UPU S10
 * tracking numbers. Pure functions, shared by the rules and the notice reader.
 */

/** A well-formed Amazon order ID: 3-7-7 digits (digital orders: D01-…). */
export const ORDER_ID = /^(?:\d{3}|D\d{2})-\d{7}-\d{7}$/;
/** Order IDs in running text. */
export const ORDER_ID_IN_TEXT = /(?<![\p{L}\p{N}-])(?:\d{3}|D\d{2})-\d{7}-\d{7}(?![\p{L}\p{N}-])/gu;
/** A well-formed ASIN: 10 upper-case letters or digits. */
export const ASIN = /^[A-Z0-9]{10}$/;
/** Typical non-book ASINs in running text. */
export const ASIN_IN_TEXT = /(?<![\p{L}\p{N}])B0[A-Z0-9]{8}(?![\p{L}\p{N}])/gu;

export function isOrderId(s: string): boolean {
  return ORDER_ID.test(s);
}

export function isAsin(s: string): boolean {
  return ASIN.test(s);
}

/** The GS1 mod-10 check digit implied by the data digits (all but the last). */
export function gs1CheckDigit(dataDigits: string): number {
  let sum = 0;
  for (let i = dataDigits.length - 1, w = 3; i >= 0; i--, w = w === 3 ? 1 : 3) sum += Number(dataDigits[i]) * w;
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-8, -12, -13 or -14 whose last digit is the right check digit. */
export function isValidGtin(digits: string): boolean {
  if (!/^\d+$/.test(digits) || ![8, 12, 13, 14].includes(digits.length)) return false;
  return gs1CheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}
