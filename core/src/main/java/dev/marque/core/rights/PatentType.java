package dev.marque.core.rights;

/** The kinds of patent right. */
public enum PatentType {
  /** A patent for an invention. */
  INVENTION,
  /** A utility model (a "petty patent", common in China and Germany). */
  UTILITY_MODEL,
  /** A design patent (US, China), protecting appearance. */
  DESIGN
}
