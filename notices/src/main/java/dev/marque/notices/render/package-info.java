/** Output formats and the refusal to render an incomplete notice. */
package dev.marque.notices.render;
