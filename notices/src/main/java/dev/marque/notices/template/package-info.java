/** Notice templates (JMustache): the bundled set and a user's directory over it. */
package dev.marque.notices.template;
