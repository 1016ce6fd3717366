package dev.marque.core.rights;

/** The kinds of intellectual property right; legal routes accept some kinds and not others. */
public enum RightKind {
  /** A trade mark, registered or applied for. */
  TRADEMARK,
  /** A copyright in a work, registered or not. */
  COPYRIGHT,
  /** A design right, registered or unregistered. */
  DESIGN,
  /** A patent or utility model. */
  PATENT
}
