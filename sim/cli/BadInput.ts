/**
 * Input the user can fix (an unreadable file, an invalid scenario, a bad
 * target, an output folder that cannot be made): its message is printed as
 * it is, nothing is written, and the exit code is 2.
 */

/** Thrown for bad input; `main` prints the message and exits 2. */
export class BadInput extends Error {}
