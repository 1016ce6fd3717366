/** A marketplace backend's module: it requires the marque modules it uses, nothing else. */
module com.example.shop {
  requires dev.marque.capture;
  requires dev.marque.cases;
  requires dev.marque.matching;
  requires dev.marque.notices;
  // Data only, read by marque-matching: a module that nothing requires is not resolved.
  requires dev.marque.lexicons;
}
