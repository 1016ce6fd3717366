package dev.marque.core.rights;

/** The form of a trade mark as registered. */
public enum MarkType {
  /** Words in standard characters: protects the word whatever the lettering. */
  WORD,
  /** A logo or device, without words. */
  FIGURATIVE,
  /** Words in a particular stylisation or with a device. */
  COMBINED,
  /** The shape of the goods or their packaging. */
  SHAPE
}
