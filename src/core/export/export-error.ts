/** The error GeoJSON export throws when it cannot write the data faithfully. */

/**
 * Thrown when the data cannot be written as RFC 7946 GeoJSON without changing it: a
 * coordinate that is not a finite number, a malformed geometry, a member the RFC forbids,
 * an unknown place id. The message names the feature (by its position from 1 and its id)
 * and is meant to be shown to the user as it is.
 */
export class ExportError extends Error {
  override name = 'ExportError';
}
