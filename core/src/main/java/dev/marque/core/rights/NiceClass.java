package dev.marque.core.rights;

/**
 * A class of goods or services of the Nice Classification, 1 to 45 (class 25 is clothing,
 * footwear and headgear; 18 is leather goods and bags; 14 is jewellery and watches).
 *
 * @param number the class number, 1 to 45
 */
public record NiceClass(int number) implements Comparable<NiceClass> {

  /** The first class of goods. */
  public static final int FIRST = 1;
  /** The last class of services. */
  public static final int LAST = 45;

  /**
   * Checks the number is a Nice class.
   *
   * @param number the class number, 1 to 45
   */
  public NiceClass {
    if (number < FIRST || number > LAST) {
      throw new IllegalArgumentException(number + " is not a Nice class (1-45)");
    }
  }

  /**
   * {@return the class with the number}
   *
   * @param number the class number, 1 to 45
   */
  public static NiceClass of(int number) {
    return new NiceClass(number);
  }

  /** {@return whether the class covers goods (1-34) rather than services (35-45)} */
  public boolean isGoods() {
    return number <= 34;
  }

  @Override
  public int compareTo(NiceClass other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
