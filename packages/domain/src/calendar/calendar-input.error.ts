/**
 * Thrown when a caller hands the calendar something it cannot compute with (a negative or
 * fractional day count, an unknown unit, a malformed date, broken office hours …).
 * A distinct class so the API can map it to a 400 and never confuse it with a bug.
 */
export class CalendarInputError extends Error {
  override readonly name = 'CalendarInputError';

  constructor(message: string) {
    super(message);
  }
}
