/** A marketplace backend's module: it requires the marque modules it uses, nothing else. */
module com.example.shop {
  requires dev.marque.capture;
  requires dev.marque.matching;
  requires dev.marque.notices;
}
