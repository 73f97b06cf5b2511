/**
 * Who wrote, edited and supplied the article: bylines in the page, credit lines in the body
 * ("Penulis : X | Editor : Y", "Pewarta: X"), name cleaning and the wire-agency credit.
 */
@NullMarked
package org.warta.extract.credit;

import org.jspecify.annotations.NullMarked;
