/** The case store's machinery: dialects, migrations, JDBC. Not part of the API. */
package dev.marque.cases.internal;
