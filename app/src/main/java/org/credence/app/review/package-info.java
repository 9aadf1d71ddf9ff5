/**
 * A reviewer's verdicts as labelled data: written out as labelled findings (the format of
 * {@code credence eval findings}, docs/decisions/0029) and used to fit rule weights ({@code credence calibrate
 * --verdicts}). No Swing here: the workbench and the command line both use it.
 */
package org.credence.app.review;
