package dev.marque.core;

import java.util.regex.Pattern;

/** Checks of contact details shared by the parties. */
final class Contacts {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private Contacts() {}

  static void checkEmail(String email) {
    if (!EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
    }
  }
}
