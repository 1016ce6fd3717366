/** Drafted notices and their parts: items, contacts, and the problems found before rendering. */
package dev.marque.notices.draft;
