/** Routes as data: the elements each notice must contain, the rights it accepts, its limits. */
package dev.marque.notices.law;
